'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { webhookListQuery } from '@/lib/client/webhooks';

/** Warns the owner on every console page while a webhook endpoint fails or was disabled for failing. */
export function WebhookFailureBanner() {
  const endpoints = useQuery({ ...webhookListQuery(), refetchInterval: 60_000 });
  const list = endpoints.data?.endpoints ?? [];
  // Disabling (automatic or by hand) keeps `failingSince`: an endpoint disabled while failing still misses changes.
  const disabled = list.filter((endpoint) => !endpoint.enabled && endpoint.failingSince).length;
  const failing = list.filter((endpoint) => endpoint.enabled && endpoint.failingSince).length;
  if (disabled === 0 && failing === 0) return null;

  const parts = [
    disabled > 0 ? `${disabled} webhook endpoint${disabled === 1 ? ' was' : 's were'} disabled while failing` : null,
    failing > 0 ? `deliveries to ${failing} webhook endpoint${failing === 1 ? ' are' : 's are'} failing` : null,
  ].filter(Boolean);
  return (
    <div role="status" data-testid="webhook-failure-banner" className="border-b border-red-300 bg-red-50 px-4 py-2 text-sm text-red-900">
      <strong className="font-semibold">Your application is missing changes:</strong> {parts.join('; ')}.{' '}
      <Link href="/webhooks" className="font-medium underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600">
        See the Webhooks page
      </Link>
    </div>
  );
}
