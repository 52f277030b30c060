import { tenantUrl } from '@/lib/contracts/settings';
import { CopyableValue } from './copyable-value';
import { OwnerLink } from './owner-link';

export const ENTRA_COMPATIBILITY_FLAG = 'aadOptscim062020';

/** The tenant URL built from the application domain setting, or a link to set the domain first. */
export function TenantUrlValue({ applicationDomain, isOwner, label = 'Tenant URL', withEntraFlag = false }: {
  applicationDomain: string | null;
  isOwner: boolean;
  label?: string;
  withEntraFlag?: boolean;
}) {
  if (!applicationDomain) {
    if (withEntraFlag) return null;
    return (
      <div className="py-2">
        <dt className="text-sm font-medium text-zinc-800">{label}</dt>
        <dd className="mt-1 text-sm text-zinc-600">
          <code className="font-mono">https://{'{application_domain}'}/scim/v2</code>: the application domain is not set yet.{' '}
          <OwnerLink isOwner={isOwner} href="/settings" otherwise="The Application Owner sets it in the settings.">
            Set the application domain
          </OwnerLink>
        </dd>
      </div>
    );
  }
  const url = tenantUrl(applicationDomain);
  if (!withEntraFlag) {
    return <CopyableValue label={label} value={url} testId="tenant-url" hint="No trailing slash and no further path: the identity provider adds /Users and /Groups." />;
  }
  return (
    <CopyableValue
      label={label}
      value={`${url}?${ENTRA_COMPATIBILITY_FLAG}`}
      testId="tenant-url-entra"
      hint="Recommended for Entra ID: the flag makes Entra send standard SCIM (real booleans, lower-case ops). Roster accepts both forms."
    />
  );
}
