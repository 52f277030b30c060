'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { CreateWebhookForm } from '@/components/webhooks/create-webhook-form';
import { WebhookEndpointCard } from '@/components/webhooks/webhook-endpoint-card';
import { WebhookSecretNotice } from '@/components/webhooks/webhook-secret-notice';
import { webhookListQuery } from '@/lib/client/webhooks';
import type { CreatedWebhookDto } from '@/lib/contracts/webhooks';

export function WebhooksPageClient() {
  const endpoints = useQuery(webhookListQuery());
  const [created, setCreated] = useState<CreatedWebhookDto | null>(null);

  return (
    <section className="space-y-4">
      {created ? <WebhookSecretNotice created={created} onDone={() => setCreated(null)} /> : null}
      <CreateWebhookForm onCreated={setCreated} />
      {endpoints.isPending ? (
        <LoadingState rows={2} label="Loading endpoints…" />
      ) : endpoints.isError ? (
        <ErrorState error={endpoints.error} onRetry={() => endpoints.refetch()} />
      ) : endpoints.data.endpoints.length === 0 ? (
        <EmptyState title="No endpoints yet" description="Add the URL of your application's webhook receiver to be told of every change." />
      ) : (
        endpoints.data.endpoints.map((endpoint) => <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} />)
      )}
    </section>
  );
}
