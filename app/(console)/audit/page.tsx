import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { AuditPageClient } from './page-client';

export const metadata: Metadata = { title: 'Audit log · Roster' };

export default async function AuditPage() {
  await requireRole(['owner', 'success_manager']);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every SCIM request, allowed or refused, and every change made in this console, newest first. Secrets are never recorded."
      />
      <AuditPageClient />
    </>
  );
}
