import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { WebhooksPageClient } from './page-client';

export const metadata: Metadata = { title: 'Webhooks · Roster' };

export default async function WebhooksPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Roster POSTs every change (users, roles, groups, fields) to these endpoints, signed the Standard Webhooks way, in order, retried for over 24 hours."
      />
      <WebhooksPageClient />
    </>
  );
}
