'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { PasswordForm } from '@/components/auth/password-form';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { loginBodySchema, SIGN_IN_BLOCKED, SIGN_IN_BUSY, type LoginBody } from '@/lib/contracts/auth';

const WRONG_CREDENTIALS = 'Email or password is incorrect. Check both and try again.';
const SIGN_IN_UNAVAILABLE = 'Signing in failed because the server could not be reached. Try again in a moment.';
const REFUSALS: Record<string, string> = {
  [SIGN_IN_BLOCKED]: 'Too many failed sign-ins for this account or from this network. Wait 15 minutes, then try again.',
  [SIGN_IN_BUSY]: 'The server is busy with other sign-ins. Try again in a moment.',
  CredentialsSignin: WRONG_CREDENTIALS,
};

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [isLeaving, setIsLeaving] = useState(false);
  const form = useForm<LoginBody>({ resolver: zodResolver(loginBodySchema), defaultValues: { email: '', password: '' } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (credentials) => {
    setFailure(null);
    const result = await signIn('credentials', { ...credentials, redirect: false }).catch(() => undefined);
    if (!result?.ok || result.error) {
      setFailure(REFUSALS[result?.error ?? ''] ?? SIGN_IN_UNAVAILABLE);
      form.resetField('password');
      form.setFocus('password');
      return;
    }
    setIsLeaving(true);
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <PasswordForm onSubmit={submit} failure={failure} submitLabel="Sign in" isPending={isSubmitting || isLeaving}>
      <Field id="login-email" label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="username" autoFocus {...form.register('email')} />
      </Field>
      <Field id="login-password" label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register('password')} />
      </Field>
    </PasswordForm>
  );
}
