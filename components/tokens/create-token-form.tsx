'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { DialogClose, DialogFooter } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { errorMessage } from '@/lib/client/fetch-json';
import { useCreateToken } from '@/lib/client/tokens';
import { createTokenBodyWithinSchema, type CreateTokenBody } from '@/lib/contracts/tokens';
import type { RevealedSecret } from './token-secret-reveal';
import { TokenExpirySelect } from './token-expiry-select';

export type CreateTokenFormProps = {
  defaultDays: number;
  maxDays: number;
  onCreated: (revealed: RevealedSecret) => void;
};

export function CreateTokenForm({ defaultDays, maxDays, onCreated }: CreateTokenFormProps) {
  const [now] = useState(() => new Date());
  const createToken = useCreateToken();
  const form = useForm<CreateTokenBody>({
    resolver: zodResolver(createTokenBodyWithinSchema(maxDays, now)),
    defaultValues: { name: '', expiry: { kind: 'days', days: Math.min(defaultDays, maxDays) } },
  });
  const { errors, isSubmitted } = form.formState;
  const expiry = useWatch({ control: form.control, name: 'expiry' });

  const submit = form.handleSubmit((body) =>
    createToken.mutate(body, {
      onSuccess: ({ token, secret }) => onCreated({ tokenName: token.name, secret }),
    }),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id="token-name" label="Name" hint="Say where it is used, e.g. “Entra ID production”." error={errors.name?.message}>
        <Input autoFocus autoComplete="off" {...form.register('name')} />
      </Field>
      <TokenExpirySelect
        value={expiry}
        onChange={(expiry) => form.setValue('expiry', expiry, { shouldValidate: isSubmitted })}
        defaultDays={defaultDays}
        maxDays={maxDays}
        now={now}
        error={errors.expiry?.message}
      />
      {createToken.isError ? (
        <p role="alert" className="text-sm font-medium text-red-600">
          {errorMessage(createToken.error)}
        </p>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button>Cancel</Button>
        </DialogClose>
        <Button type="submit" variant="primary" isLoading={createToken.isPending}>
          Create token
        </Button>
      </DialogFooter>
    </form>
  );
}
