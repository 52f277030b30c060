import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { UsersPageClient } from './page-client';

export const metadata: Metadata = { title: 'Users · Roster' };

export default async function UsersPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="Users"
        description="Users your identity provider has provisioned, with their application fields and the roles their groups give them."
      />
      <UsersPageClient />
    </>
  );
}
