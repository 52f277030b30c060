'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { DialogSubmitFooter } from '@/components/ui/dialog-submit-footer';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { createRoleBodySchema, type CreateRoleBody, type CreateRoleInput } from '@/lib/contracts/roles';

export type RoleFormProps = {
  defaultValues?: CreateRoleInput;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (body: CreateRoleBody) => void;
};

/** Name and description of a role; the same contract the API validates, so errors show before a request. */
export function RoleForm({ defaultValues = { name: '', description: '' }, submitLabel, isPending, error, onSubmit }: RoleFormProps) {
  const form = useForm<CreateRoleInput, unknown, CreateRoleBody>({ resolver: zodResolver(createRoleBodySchema), defaultValues });
  const { errors } = form.formState;

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      <Field id="role-name" label="Name" error={errors.name?.message}>
        <Input autoFocus placeholder="Viewer" autoComplete="off" {...form.register('name')} />
      </Field>
      <Field id="role-description" label="Description (optional)" hint="What the role lets a user do in the application." error={errors.description?.message}>
        <Textarea {...form.register('description')} />
      </Field>
      <DialogSubmitFooter
        submitLabel={submitLabel}
        error={error}
        isPending={isPending}
      />
    </form>
  );
}
