import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { AttributesPageClient } from './page-client';

export const metadata: Metadata = { title: 'Attributes and claims · Roster' };

export default async function AttributesPage() {
  await requireRole('owner');

  return (
    <>
      <PageHeader
        title="Attributes and claims"
        description="The application's user fields, the SCIM attribute each is read from and the SAML claim that carries it at sign-in. Export the table to hand to the customer's IT team."
      />
      <AttributesPageClient />
    </>
  );
}
