import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { RolesPageClient } from './page-client';

export const metadata: Metadata = { title: 'Roles and groups · Roster' };

export default async function RolesPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="Roles and groups"
        description="The application's roles, and which identity provider groups give them. A user's roles are the union of the roles of its groups."
      />
      <RolesPageClient />
    </>
  );
}
