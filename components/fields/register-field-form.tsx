'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { fieldListQuery, useRegisterField } from '@/lib/client/fields';
import {
  FIELD_TYPE_LABELS,
  FIELD_TYPES,
  registerFieldBodySchema,
  ROSTER_EXTENSION_URN,
  type AppFieldDto,
  type RegisterFieldBody,
  type RegisterFieldInput,
} from '@/lib/contracts/fields';
import { machineNameFromLabel } from '@/lib/fields/machine-name-from-label';
import { PathSuggestions, SAML_CLAIM_LIST_ID, SCIM_PATH_LIST_ID } from './path-suggestions';

export function RegisterFieldForm({ onRegistered }: { onRegistered: (field: AppFieldDto) => void }) {
  const register = useRegisterField();
  const form = useForm<RegisterFieldInput, unknown, RegisterFieldBody>({
    resolver: zodResolver(registerFieldBodySchema),
    defaultValues: { machineName: '', label: '', type: 'text', scimPath: '', samlClaim: '' },
  });
  const { errors, dirtyFields } = form.formState;
  const fields = useQuery(fieldListQuery());
  const scimPath = (useWatch({ control: form.control, name: 'scimPath' }) ?? '').trim().toLowerCase();
  const sameSource = scimPath ? fields.data?.fields.find((field) => field.scimPath.toLowerCase() === scimPath) : undefined;
  const labelInput = form.register('label', {
    // The machine name follows the label until the owner edits it.
    onChange: (event) => {
      if (!dirtyFields.machineName) form.setValue('machineName', machineNameFromLabel(event.target.value));
    },
  });

  const submit = form.handleSubmit((body) => register.mutate(body, { onSuccess: ({ field }) => onRegistered(field) }));

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <PathSuggestions />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="field-label" label="Label" error={errors.label?.message}>
          <Input autoFocus placeholder="Cost Center" {...labelInput} />
        </Field>
        <Field
          id="field-machine-name"
          label="Machine name"
          hint="Lowercase letters, digits and underscores. Cannot be changed later."
          error={errors.machineName?.message}
        >
          <Input placeholder="cost_center" autoComplete="off" spellCheck={false} className="font-mono" {...form.register('machineName')} />
        </Field>
      </div>
      <Field id="field-type" label="Type" hint="A list field collects its values as options." error={errors.type?.message}>
        <Select {...form.register('type')}>
          {FIELD_TYPES.map((type) => (
            <option key={type} value={type}>
              {FIELD_TYPE_LABELS[type]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="field-scim-path"
        label="SCIM source path"
        hint={`Where the value is read from, e.g. addresses[type eq "work"].country. Leave blank to receive it in Roster's own SCIM extension (${ROSTER_EXTENSION_URN}:<machine name>).`}
        error={errors.scimPath?.message}
      >
        <Input list={SCIM_PATH_LIST_ID} spellCheck={false} className="font-mono" {...form.register('scimPath')} />
      </Field>
      {sameSource ? (
        <p role="note" data-testid="same-scim-path" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          “{sameSource.label}” already reads this SCIM path: both fields will hold the same value.
        </p>
      ) : null}
      <Field
        id="field-saml-claim"
        label="SAML claim URI (optional)"
        hint="The claim your identity provider sends for the same value at sign-in."
        error={errors.samlClaim?.message}
      >
        <Input list={SAML_CLAIM_LIST_ID} spellCheck={false} className="font-mono" {...form.register('samlClaim')} />
      </Field>
      <DialogSubmitFooter
        submitLabel="Register field"
        error={register.error}
        isPending={register.isPending}
      />
    </form>
  );
}
