import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { SettingsPageClient } from './page-client';

export const metadata: Metadata = { title: 'User configuration and settings · Roster' };

export default async function SettingsPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="User configuration and settings"
        description="What Roster does with the identity provider's changes, token limits, audit retention and the tenant URL."
      />
      <SettingsPageClient />
    </>
  );
}
