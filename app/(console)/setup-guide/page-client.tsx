'use client';

import { useQuery } from '@tanstack/react-query';
import { ConnectionTestForm } from '@/components/onboarding/connection-test-form';
import { EntraGuide } from '@/components/onboarding/entra-guide';
import { OktaGuide } from '@/components/onboarding/okta-guide';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { FIELDS_CSV_URL } from '@/lib/client/fields';
import { setupGuideQuery } from '@/lib/client/onboarding';

/** Owners and success managers both read the guide and test tokens; only owners get links to the owner's tools. */
export function SetupGuidePageClient({ isOwner }: { isOwner: boolean }) {
  const guide = useQuery(setupGuideQuery());

  if (guide.isPending) return <LoadingState rows={8} label="Loading the guide…" />;
  if (guide.isError) return <ErrorState error={guide.error} onRetry={() => guide.refetch()} />;

  const { applicationDomain, fields } = guide.data;
  return (
    <div className="space-y-6">
      <EntraGuide applicationDomain={applicationDomain} fields={fields} fieldsCsvUrl={FIELDS_CSV_URL} isOwner={isOwner} />
      <section id="test-connection" aria-labelledby="test-connection-heading" className="scroll-mt-6 rounded-lg border border-zinc-200 bg-white p-4">
        <h2 id="test-connection-heading" className="text-base font-semibold text-zinc-900">
          Test a token
        </h2>
        <p className="mt-0.5 mb-3 text-sm text-zinc-600">
          Paste a token’s secret: Roster calls its own SCIM endpoint with it, as the identity provider will, and says whether it
          works, has expired, was revoked or is unknown. The token is not stored.
        </p>
        <ConnectionTestForm />
      </section>
      <OktaGuide applicationDomain={applicationDomain} isOwner={isOwner} />
    </div>
  );
}
