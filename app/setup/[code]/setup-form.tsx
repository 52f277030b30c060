'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { PasswordForm } from '@/components/auth/password-form';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { DEFAULT_CONSOLE_PATH } from '@/lib/auth/callback-url';
import { errorMessage, fetchJson } from '@/lib/client/fetch-json';
import { setupOwnerFormSchema, type SetupOwnerForm } from '@/lib/contracts/auth';

type SetupOwnerValues = z.output<typeof setupOwnerFormSchema>;

export function SetupForm({ code }: { code: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const form = useForm<SetupOwnerForm, unknown, SetupOwnerValues>({
    resolver: zodResolver(setupOwnerFormSchema),
    defaultValues: { name: '', email: '', password: '', confirmPassword: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ name, email, password }) => {
    setFailure(null);
    try {
      await fetchJson('/api/setup', { method: 'POST', body: { code, name, email, password } });
    } catch (error) {
      setFailure(errorMessage(error));
      return;
    }
    setIsLeaving(true);
    const session = await signIn('credentials', { email, password, redirect: false }).catch(() => undefined);
    router.replace(session?.ok && !session.error ? DEFAULT_CONSOLE_PATH : '/login');
    router.refresh();
  });

  return (
    <PasswordForm onSubmit={submit} failure={failure} submitLabel="Create owner account" isPending={isSubmitting || isLeaving}>
      <Field id="setup-name" label="Your name" error={errors.name?.message}>
        <Input autoComplete="name" autoFocus {...form.register('name')} />
      </Field>
      <Field id="setup-email" label="Email" hint="You sign in with it." error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register('email')} />
      </Field>
      <Field id="setup-password" label="Password" hint="At least 12 characters." error={errors.password?.message}>
        <Input type="password" autoComplete="new-password" {...form.register('password')} />
      </Field>
      <Field id="setup-confirm-password" label="Repeat the password" error={errors.confirmPassword?.message}>
        <Input type="password" autoComplete="new-password" {...form.register('confirmPassword')} />
      </Field>
    </PasswordForm>
  );
}
