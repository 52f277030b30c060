'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useUpdateField } from '@/lib/client/fields';
import { updateFieldBodySchema, type AppFieldDto, type UpdateFieldBody, type UpdateFieldInput } from '@/lib/contracts/fields';
import { PathSuggestions, SAML_CLAIM_LIST_ID, SCIM_PATH_LIST_ID } from './path-suggestions';

export function EditFieldForm({ field, onSaved }: { field: AppFieldDto; onSaved: () => void }) {
  const update = useUpdateField();
  const form = useForm<UpdateFieldInput, unknown, UpdateFieldBody>({
    resolver: zodResolver(updateFieldBodySchema),
    defaultValues: { label: field.label, scimPath: field.scimPath, samlClaim: field.samlClaim ?? '' },
  });
  const { errors, isDirty, dirtyFields } = form.formState;

  // Only what changed is sent, so a label edit does not start a re-derivation.
  const submit = form.handleSubmit((body) => {
    const changes: UpdateFieldBody = {
      label: dirtyFields.label ? body.label : undefined,
      scimPath: dirtyFields.scimPath ? body.scimPath : undefined,
      samlClaim: dirtyFields.samlClaim ? body.samlClaim : undefined,
    };
    update.mutate({ id: field.id, ...changes }, { onSuccess: onSaved });
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <PathSuggestions />
      <Field id="edit-field-label" label="Label" error={errors.label?.message}>
        <Input autoFocus {...form.register('label')} />
      </Field>
      <Field
        id="edit-field-scim-path"
        label="SCIM source path"
        hint="Changing it re-derives this field for every provisioned user; progress shows in the table."
        error={errors.scimPath?.message}
      >
        <Input list={SCIM_PATH_LIST_ID} spellCheck={false} className="font-mono" {...form.register('scimPath')} />
      </Field>
      <Field id="edit-field-saml-claim" label="SAML claim URI (optional)" error={errors.samlClaim?.message}>
        <Input list={SAML_CLAIM_LIST_ID} spellCheck={false} className="font-mono" {...form.register('samlClaim')} />
      </Field>
      <DialogSubmitFooter
        submitLabel="Save mapping"
        error={update.error}
        isPending={update.isPending}
        isSubmitDisabled={!isDirty}
      />
    </form>
  );
}
