'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { formatDateTime } from '@/lib/client/format-date';
import { useDeleteWebhook, useSendTestWebhook, useUpdateWebhook } from '@/lib/client/webhooks';
import type { WebhookEndpointDto } from '@/lib/contracts/webhooks';
import { WebhookDeliveryLog } from './webhook-delivery-log';

/** One endpoint: what it receives, its state, its actions and, opened, its delivery log. */
export function WebhookEndpointCard({ endpoint }: { endpoint: WebhookEndpointDto }) {
  const [showLog, setShowLog] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const sendTest = useSendTestWebhook();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const toast = useToast();

  return (
    <article aria-label={`Webhook ${endpoint.url}`} className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="font-mono text-sm break-all text-zinc-900">{endpoint.url}</p>
          {endpoint.description ? <p className="text-sm text-zinc-600">{endpoint.description}</p> : null}
          <p className="mt-1 text-xs text-zinc-500">
            {endpoint.eventTypes.length === 0 ? 'All event types' : endpoint.eventTypes.join(', ')} · {endpoint.pendingCount} waiting · added{' '}
            {formatDateTime(endpoint.createdAt)}
            {endpoint.createdBy ? ` by ${endpoint.createdBy}` : ''}
          </p>
        </div>
        <Badge tone={endpoint.enabled ? (endpoint.failingSince ? 'warning' : 'success') : 'danger'}>
          {endpoint.enabled ? (endpoint.failingSince ? 'failing' : 'enabled') : 'disabled'}
        </Badge>
      </div>
      {endpoint.disabledReason ? <p className="text-sm text-red-700">{endpoint.disabledReason}</p> : null}
      {endpoint.enabled && endpoint.failingSince ? (
        <p className="text-sm text-amber-800">
          Deliveries have failed since {formatDateTime(endpoint.failingSince)}; Roster keeps retrying and disables the endpoint after 5 days of failure.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          isLoading={sendTest.isPending}
          onClick={() =>
            sendTest.mutate(endpoint.id, {
              onSuccess: ({ delivery }) =>
                delivery.status === 'succeeded'
                  ? toast.success(`Test event delivered (${delivery.responseStatus}, ${delivery.durationMs} ms).`)
                  : toast.error(new Error(delivery.error ?? 'The test event was not delivered.'), 'Test event failed'),
              onError: (error) => toast.error(error),
            })
          }
        >
          Send test event
        </Button>
        <Button size="sm" onClick={() => setShowLog(!showLog)} aria-expanded={showLog}>
          {showLog ? 'Hide delivery log' : 'Delivery log'}
        </Button>
        <Button
          size="sm"
          isLoading={update.isPending}
          onClick={() => update.mutate({ id: endpoint.id, enabled: !endpoint.enabled }, { onError: (error) => toast.error(error) })}
        >
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setConfirmDelete(true)}>
          Delete
        </Button>
      </div>
      {showLog ? <WebhookDeliveryLog endpointId={endpoint.id} /> : null}
      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={setConfirmDelete}
        title="Delete this endpoint?"
        description="Roster stops sending to it and drops its delivery log and waiting messages."
        confirmLabel="Delete endpoint"
        isPending={remove.isPending}
        onConfirm={() => remove.mutate(endpoint.id, { onSuccess: () => setConfirmDelete(false), onError: (error) => toast.error(error) })}
      />
    </article>
  );
}
