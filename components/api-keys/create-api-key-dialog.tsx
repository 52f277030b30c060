'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { TokenExpirySelect } from '@/components/tokens/token-expiry-select';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from '@/components/ui/dialog';
import { ErrorState } from '@/components/ui/error-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { LoadingState } from '@/components/ui/loading-state';
import { useCreateApiKey } from '@/lib/client/api-keys';
import { errorMessage } from '@/lib/client/fetch-json';
import { settingsQuery } from '@/lib/client/settings';
import { createApiKeyBodySchema, type CreateApiKeyBody } from '@/lib/contracts/api-keys';
import { expiryWithinSchema } from '@/lib/contracts/tokens';
import { API_KEY_SECRET_KIND } from './api-key-secret-kind';

type OnCreated = (revealed: RevealedSecret) => void;

export function CreateApiKeyDialog({ onCreated }: { onCreated: OnCreated }) {
  const [open, setOpen] = useState(false);
  const settings = useQuery(settingsQuery());

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">Create API key</Button>
      </DialogTrigger>
      <DialogContent title="Create an API key" description="Your application's backend sends this key to read /api/v1.">
        {settings.isPending ? (
          <LoadingState rows={2} label="Loading expiry settings…" />
        ) : settings.isError ? (
          <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
        ) : (
          <CreateApiKeyForm
            defaultDays={settings.data.settings.tokenExpiryDefaultDays}
            maxDays={settings.data.settings.tokenExpiryMaxDays}
            onCreated={(revealed) => {
              setOpen(false);
              onCreated(revealed);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function CreateApiKeyForm({ defaultDays, maxDays, onCreated }: { defaultDays: number; maxDays: number; onCreated: OnCreated }) {
  const [now] = useState(() => new Date());
  const create = useCreateApiKey();
  const form = useForm<CreateApiKeyBody>({
    resolver: zodResolver(expiryWithinSchema(createApiKeyBodySchema, maxDays, now)),
    defaultValues: { name: '', expiry: { kind: 'days', days: Math.min(defaultDays, maxDays) } },
  });
  const { errors, isSubmitted } = form.formState;
  const expiry = useWatch({ control: form.control, name: 'expiry' });

  const submit = form.handleSubmit((body) =>
    create.mutate(body, { onSuccess: ({ apiKey, secret }) => onCreated({ tokenName: apiKey.name, secret, kind: API_KEY_SECRET_KIND }) }),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="api-key-name" label="Name" hint="Say which application uses it, e.g. “Billing backend”." error={errors.name?.message}>
        <Input autoFocus autoComplete="off" {...form.register('name')} />
      </Field>
      <TokenExpirySelect
        value={expiry}
        onChange={(value) => form.setValue('expiry', value, { shouldValidate: isSubmitted })}
        defaultDays={defaultDays}
        maxDays={maxDays}
        now={now}
        error={errors.expiry?.message}
      />
      {create.isError ? (
        <p role="alert" className="text-sm font-medium text-red-600">
          {errorMessage(create.error)}
        </p>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button>Cancel</Button>
        </DialogClose>
        <Button type="submit" variant="primary" isLoading={create.isPending}>
          Create API key
        </Button>
      </DialogFooter>
    </form>
  );
}
