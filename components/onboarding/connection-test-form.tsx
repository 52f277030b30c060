'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/client/fetch-json';
import { useTestConnection } from '@/lib/client/onboarding';
import {
  connectionTestBodySchema,
  type ConnectionResult,
  type ConnectionTestBody,
  type ConnectionTestDto,
} from '@/lib/contracts/connection-test';

const OUTCOMES: Record<ConnectionResult, { title: string; className: string }> = {
  works: { title: 'Works', className: 'border-green-200 bg-green-50 text-green-900' },
  expired: { title: 'Expired', className: 'border-amber-200 bg-amber-50 text-amber-900' },
  revoked: { title: 'Revoked', className: 'border-red-200 bg-red-50 text-red-900' },
  unknown: { title: 'Unknown token', className: 'border-zinc-300 bg-zinc-50 text-zinc-900' },
  throttled: { title: 'Throttled', className: 'border-amber-200 bg-amber-50 text-amber-900' },
  failed: { title: 'Connection failed', className: 'border-red-200 bg-red-50 text-red-900' },
};

/** Paste a token; the server calls its own SCIM endpoint with it and says whether it works. */
export function ConnectionTestForm() {
  const test = useTestConnection();
  const form = useForm<ConnectionTestBody>({ resolver: zodResolver(connectionTestBodySchema), defaultValues: { token: '' } });

  const submit = form.handleSubmit((body) => test.mutate(body));

  return (
    <div className="space-y-3">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2">
        <Field id="connection-test-token" label="Token" error={form.formState.errors.token?.message} className="min-w-72 flex-1">
          <Input type="password" autoComplete="off" spellCheck={false} placeholder="roster_…" {...form.register('token')} />
        </Field>
        <Button type="submit" variant="primary" isLoading={test.isPending}>
          Test connection
        </Button>
      </form>
      {test.isError ? (
        <p role="alert" className="text-sm font-medium text-red-600">
          {errorMessage(test.error)}
        </p>
      ) : null}
      {test.data ? <ConnectionResultPanel result={test.data} /> : null}
    </div>
  );
}

function ConnectionResultPanel({ result }: { result: ConnectionTestDto }) {
  const outcome = OUTCOMES[result.result];
  return (
    <div role="status" data-testid="connection-result" data-result={result.result} className={cn('rounded-md border px-3 py-2', outcome.className)}>
      <p className="text-sm">
        <span className="font-semibold">{outcome.title}.</span> {result.message}
      </p>
      <p className="mt-1 font-mono text-xs opacity-75">
        GET {result.checkedUrl} → {result.status ?? 'no answer'}
      </p>
    </div>
  );
}
