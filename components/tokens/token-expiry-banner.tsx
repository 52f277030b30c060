'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { formatDateTime } from '@/lib/client/format-date';
import { tokenBannerQuery } from '@/lib/client/tokens';

export type TokenExpiryBannerProps = {
  /** Owners get a link to the tokens page; success managers are told whom to ask. */
  canManageTokens: boolean;
};

/** Warns on every console page when the only usable SCIM token runs out within 14 days. Renders nothing otherwise. */
export function TokenExpiryBanner({ canManageTokens }: TokenExpiryBannerProps) {
  const banner = useQuery(tokenBannerQuery());
  const token = banner.data?.expiringToken;
  if (!token) return null;

  const when = token.daysLeft <= 1 ? 'within a day' : `in ${token.daysLeft} days`;

  return (
    <div
      role="status"
      data-testid="token-expiry-banner"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      <strong className="font-semibold">Provisioning will stop {when}.</strong> The only active SCIM token, “{token.name}”,
      expires on {formatDateTime(token.expiresAt)}.{' '}
      {canManageTokens ? (
        <Link
          href="/tokens"
          className="font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600"
        >
          Rotate it on the Tokens page
        </Link>
      ) : (
        'Ask the Application Owner to rotate it.'
      )}
    </div>
  );
}
