import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { GroupsPageClient } from './page-client';

export const metadata: Metadata = { title: 'Groups · Roster' };

export default async function GroupsPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="Groups"
        description={
          <>
            Groups your identity provider has pushed, with their members and the roles they give. Map roles on{' '}
            <Link href="/roles" className="text-blue-700 underline">
              Roles and groups
            </Link>
            .
          </>
        }
      />
      <GroupsPageClient />
    </>
  );
}
