'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import { useUpdateSettings } from '@/lib/client/settings';
import {
  applicationDomainBodySchema,
  applicationDomainProblem,
  tenantUrl,
  type ApplicationDomainBody,
  type SettingsDto,
} from '@/lib/contracts/settings';
import { SaveBar } from './save-bar';

export function ApplicationDomainForm({ settings }: { settings: SettingsDto }) {
  const update = useUpdateSettings();
  const toast = useToast();
  const form = useForm<ApplicationDomainBody>({
    resolver: zodResolver(applicationDomainBodySchema),
    values: { applicationDomain: settings.applicationDomain ?? '' },
    mode: 'onChange',
  });

  const typed = useWatch({ control: form.control, name: 'applicationDomain' }).trim().toLowerCase();
  const preview = typed && !applicationDomainProblem(typed) ? tenantUrl(typed) : null;

  const submit = form.handleSubmit((body) =>
    update.mutate(body, {
      onSuccess: () => toast.success('Application domain saved.'),
      onError: (error) => toast.error(error, 'The application domain was not saved'),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Field
        id="application-domain"
        label="Application domain"
        hint="Only the host name, as the identity provider guide asks: no https:// and no path."
        error={form.formState.errors.applicationDomain?.message}
        className="max-w-lg"
      >
        <Input placeholder="acme.example.com" autoComplete="off" spellCheck={false} {...form.register('applicationDomain')} />
      </Field>

      <div className="mt-4">
        <p className="text-sm font-medium text-zinc-800">Tenant URL</p>
        <div className="mt-1 flex items-center gap-2">
          <code data-testid="tenant-url" className="rounded-md bg-zinc-100 px-2.5 py-1.5 font-mono text-sm text-zinc-900">
            {preview ?? 'https://{application_domain}/scim/v2'}
          </code>
          {preview ? <CopyButton value={preview} label="tenant URL" /> : null}
        </div>
        <p className="mt-1 text-xs text-zinc-500">Enter this as the Tenant URL in the identity provider&apos;s provisioning settings.</p>
      </div>

      <SaveBar isDirty={form.formState.isDirty} isPending={update.isPending} />
    </form>
  );
}
