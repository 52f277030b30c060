import Link from 'next/link';
import { CopyableValue } from './copyable-value';

export const PROVISIONING_MODE = 'Automatic';

export type IdpSettingsCardProps = {
  tenantUrl: string | null;
  /** Owners get links to the pages that set these values. */
  isOwner: boolean;
};

/** The values the customer's IT team enters in the identity provider's provisioning settings. */
export function IdpSettingsCard({ tenantUrl, isOwner }: IdpSettingsCardProps) {
  return (
    <section aria-labelledby="idp-settings-heading" className="rounded-lg border border-zinc-200 bg-white p-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="idp-settings-heading" className="text-sm font-semibold text-zinc-800">
          Settings to enter in the identity provider
        </h2>
        <Link href="/setup-guide" className="text-sm font-medium text-blue-700 hover:underline">
          Step-by-step setup guide
        </Link>
      </div>
      <dl className="mt-1 divide-y divide-zinc-100">
        <CopyableValue label="Provisioning mode" value={PROVISIONING_MODE} />
        {tenantUrl ? (
          <CopyableValue label="Tenant URL" value={tenantUrl} testId="tenant-url" />
        ) : (
          <div className="py-2">
            <dt className="text-sm font-medium text-zinc-800">Tenant URL</dt>
            <dd className="mt-1 text-sm text-zinc-600">
              Not known yet: the application domain is not set.{' '}
              {isOwner ? (
                <Link href="/settings" className="font-medium text-blue-700 hover:underline">
                  Set the application domain
                </Link>
              ) : (
                'The Application Owner sets it in the settings.'
              )}
            </dd>
          </div>
        )}
        <div className="py-2">
          <dt className="text-sm font-medium text-zinc-800">Secret Token</dt>
          <dd className="mt-1 text-sm text-zinc-600">
            A token created in Roster; its secret is shown once, when it is created.{' '}
            {isOwner ? (
              <Link href="/tokens" className="font-medium text-blue-700 hover:underline">
                Create a token
              </Link>
            ) : null}
          </dd>
        </div>
      </dl>
    </section>
  );
}
