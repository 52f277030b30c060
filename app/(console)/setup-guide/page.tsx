import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { SetupGuidePageClient } from './page-client';

export const metadata: Metadata = { title: 'IdP setup guide · Roster' };

export default async function SetupGuidePage() {
  const actor = await requireRole(['owner', 'success_manager']);

  return (
    <>
      <PageHeader
        title="Identity provider setup guide"
        description="What the customer’s IT team does in Microsoft Entra ID or Okta, with every value to copy. Check a token at the end before the first synchronisation."
      />
      <SetupGuidePageClient isOwner={actor.role === 'owner'} />
    </>
  );
}
