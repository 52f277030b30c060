'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { useUpdateSettings } from '@/lib/client/settings';
import { tokenPolicyBodySchema, type SettingsDto, type TokenPolicyBody } from '@/lib/contracts/settings';
import { SaveBar } from './save-bar';

export function TokenPolicyForm({ settings }: { settings: SettingsDto }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const form = useForm<TokenPolicyBody>({
    resolver: zodResolver(tokenPolicyBodySchema),
    values: {
      tokenExpiryDefaultDays: settings.tokenExpiryDefaultDays,
      tokenExpiryMaxDays: settings.tokenExpiryMaxDays,
      auditRetentionDays: settings.auditRetentionDays,
    },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((body) =>
    update.mutate(body, {
      onSuccess: () => toast.success('Token and retention settings saved.'),
      onError: (error) => toast.error(error, 'Settings were not saved'),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id="token-expiry-default"
          label="Default token expiry (days)"
          hint="Preselected when an owner creates a token."
          error={errors.tokenExpiryDefaultDays?.message}
        >
          <Input type="number" min={1} inputMode="numeric" {...form.register('tokenExpiryDefaultDays', { valueAsNumber: true })} />
        </Field>
        <Field
          id="token-expiry-max"
          label="Maximum token expiry (days)"
          hint="No token can be created to last longer."
          error={errors.tokenExpiryMaxDays?.message}
        >
          <Input type="number" min={1} inputMode="numeric" {...form.register('tokenExpiryMaxDays', { valueAsNumber: true })} />
        </Field>
        <Field
          id="audit-retention"
          label="Audit retention (days)"
          hint="Older audit entries are deleted."
          error={errors.auditRetentionDays?.message}
        >
          <Input type="number" min={1} inputMode="numeric" {...form.register('auditRetentionDays', { valueAsNumber: true })} />
        </Field>
      </div>
      <SaveBar isDirty={form.formState.isDirty} isPending={update.isPending} />
    </form>
  );
}
