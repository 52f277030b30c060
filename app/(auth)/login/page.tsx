import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/layout/auth-card';
import { getDb } from '@/db/client';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { hasOwner } from '@/lib/auth/has-owner';
import { getConsoleSession } from '@/lib/auth/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in · Roster' };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { callbackUrl } = await searchParams;
  const target = safeCallbackUrl(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getConsoleSession()) redirect(target);
  const isFirstStart = !(await hasOwner(await getDb()));

  return (
    <AuthCard title="Sign in to the console" description="For Application Owners and success managers.">
      {isFirstStart ? (
        <p role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Roster has no owner yet. Open the one-time setup link that the server printed when it started.
        </p>
      ) : null}
      <LoginForm callbackUrl={target} />
    </AuthCard>
  );
}
