import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { requireRole } from '@/lib/auth/guards';
import { OnboardingPageClient } from './page-client';

export const metadata: Metadata = { title: 'Onboarding checklist · Roster' };

export default async function OnboardingPage() {
  const actor = await requireRole(['owner', 'success_manager']);

  return (
    <>
      <PageHeader
        title="Onboarding checklist"
        description="Every step from SAML to the first synchronisation, who owns it and where it stands. Steps marked “Checked by Roster” tick themselves from the data."
      />
      <OnboardingPageClient isOwner={actor.role === 'owner'} />
    </>
  );
}
