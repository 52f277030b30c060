'use client';

import { useQuery } from '@tanstack/react-query';
import { ApplicationDomainForm } from '@/components/settings/application-domain-form';
import { SettingsSection } from '@/components/settings/settings-section';
import { TokenPolicyForm } from '@/components/settings/token-policy-form';
import { UserConfigurationForm } from '@/components/settings/user-configuration-form';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { settingsQuery } from '@/lib/client/settings';

export function SettingsPageClient() {
  const query = useQuery(settingsQuery());

  if (query.isPending) return <LoadingState rows={6} label="Loading settings…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  const { settings } = query.data;
  return (
    <div className="space-y-6">
      <SettingsSection
        id="user-configuration"
        title="User configuration"
        description="How changes and deletions sent by the identity provider are applied to accounts."
      >
        <UserConfigurationForm settings={settings} />
      </SettingsSection>
      <SettingsSection
        id="application-domain"
        title="Application domain and tenant URL"
        description="The domain your users reach the application on. The identity provider calls the SCIM API under it."
      >
        <ApplicationDomainForm settings={settings} />
      </SettingsSection>
      <SettingsSection
        id="token-policy"
        title="Tokens and audit retention"
        description="Limits for new SCIM tokens and how long the audit log keeps entries."
      >
        <TokenPolicyForm settings={settings} />
      </SettingsSection>
    </div>
  );
}
