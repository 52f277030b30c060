'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { TokenExpirySelect } from '@/components/tokens/token-expiry-select';
import type { RevealedSecret } from '@/components/tokens/token-secret-reveal';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { expiryWithinSchema, type TokenExpiry } from '@/lib/contracts/tokens';

type CreateBody = { name: string; expiry: TokenExpiry };

/** The react-query mutation that creates one credential; its result becomes the one-time secret dialog. */
export type CreateMutation<R> = {
  mutate: (body: CreateBody, options: { onSuccess: (result: R) => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: Error | null;
};

export type CreateCredentialFormProps<R> = {
  /** The request body's schema; the form adds the configured maximum expiry to it. */
  schema: z.ZodType<CreateBody, CreateBody>;
  creation: CreateMutation<R>;
  toRevealed: (result: R) => RevealedSecret;
  wording: { nameId: string; nameHint: string; submitLabel: string };
  defaultDays: number;
  maxDays: number;
  onCreated: (revealed: RevealedSecret) => void;
};

/** Name and expiry of a new SCIM token or API key, checked against the settings before it is sent. */
export function CreateCredentialForm<R>({ schema, creation, toRevealed, wording, defaultDays, maxDays, onCreated }: CreateCredentialFormProps<R>) {
  const [now] = useState(() => new Date());
  const form = useForm<CreateBody>({
    resolver: zodResolver(expiryWithinSchema(schema, maxDays, now)),
    defaultValues: { name: '', expiry: { kind: 'days', days: Math.min(defaultDays, maxDays) } },
  });
  const { errors, isSubmitted } = form.formState;
  const expiry = useWatch({ control: form.control, name: 'expiry' });

  const submit = form.handleSubmit((body) => creation.mutate(body, { onSuccess: (result) => onCreated(toRevealed(result)) }));

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field id={wording.nameId} label="Name" hint={wording.nameHint} error={errors.name?.message}>
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
      <DialogSubmitFooter
        submitLabel={wording.submitLabel}
        error={creation.error}
        isPending={creation.isPending}
      />
    </form>
  );
}
