import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/components/layout/auth-card';
import { getDb } from '@/db/client';
import { checkSetupToken, SETUP_REFUSALS } from '@/lib/auth/setup-token';
import { SetupForm } from './setup-form';

export const metadata: Metadata = { title: 'Create the owner account · Roster', robots: { index: false } };

type SetupPageProps = { params: Promise<{ code: string }> };

export default async function SetupPage({ params }: SetupPageProps) {
  const { code } = await params;
  const state = await checkSetupToken(await getDb(), code, new Date());

  if (state !== 'valid') {
    return (
      <AuthCard title="This setup link cannot be used">
        <p role="alert" className="text-sm text-zinc-700">
          {SETUP_REFUSALS[state].message}
        </p>
        <Link href="/login" className="mt-4 inline-block text-sm font-medium text-blue-700 underline underline-offset-2">
          Go to sign in
        </Link>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Create the owner account"
      description="The Application Owner configures tokens, roles, attributes and settings. This link works once."
    >
      <SetupForm code={code} />
    </AuthCard>
  );
}
