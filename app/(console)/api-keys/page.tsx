import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { ApiKeysPageClient } from './page-client';

export const metadata: Metadata = { title: 'API keys · Roster' };

export default async function ApiKeysPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys your application's backend uses to read users, roles and changes from /api/v1. They are not SCIM tokens: neither opens the other's API. Each secret is shown once."
      />
      <ApiKeysPageClient />
    </>
  );
}
