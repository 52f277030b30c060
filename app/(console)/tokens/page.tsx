import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { TokensPageClient } from './page-client';

export const metadata: Metadata = { title: 'Tokens · Roster' };

export default async function TokensPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="SCIM tokens"
        description="Bearer tokens your identity provider uses to call the SCIM API. Each secret is shown once; rotate before expiry so provisioning never stops."
      />
      <TokensPageClient />
    </>
  );
}
