'use client';

import { useQuery } from '@tanstack/react-query';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { ACTIONS_COLUMN, Table, TableBody, TableCell, TableHeader, TableRow } from '@/components/ui/table';
import { formatDateTime } from '@/lib/client/format-date';
import { useToast } from '@/components/ui/toast';
import { useRedeliverWebhook, webhookDeliveriesQuery } from '@/lib/client/webhooks';
import type { WebhookDeliveryDto } from '@/lib/contracts/webhooks';

const TONE: Record<WebhookDeliveryDto['status'], BadgeTone> = { pending: 'info', succeeded: 'success', failed: 'danger' };

/** The endpoint's latest deliveries: status, response code, duration, attempts, and a redeliver button. */
export function WebhookDeliveryLog({ endpointId }: { endpointId: string }) {
  const deliveries = useQuery(webhookDeliveriesQuery(endpointId));
  const redeliver = useRedeliverWebhook();
  const toast = useToast();

  if (deliveries.isPending) return <LoadingState rows={2} label="Loading deliveries…" />;
  if (deliveries.isError) return <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} />;
  if (deliveries.data.deliveries.length === 0) return <p className="text-sm text-zinc-500">Nothing delivered yet.</p>;

  return (
    <Table aria-label="Delivery log">
      <TableHeader columns={['Event', 'Status', 'Response', 'Duration', 'Attempts', 'Last attempt', ACTIONS_COLUMN]} />
      <TableBody>
        {deliveries.data.deliveries.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableCell className="font-mono text-xs">{delivery.eventType}</TableCell>
            <TableCell>
              <Badge tone={TONE[delivery.status]}>{delivery.status}</Badge>
              {delivery.status === 'pending' && delivery.attempts > 0 ? (
                <span className="ml-2 text-xs text-zinc-500">retry {formatDateTime(delivery.nextAttemptAt)}</span>
              ) : null}
              {delivery.error ? <p className="mt-1 text-xs text-red-700">{delivery.error}</p> : null}
            </TableCell>
            <TableCell>{delivery.responseStatus ?? '—'}</TableCell>
            <TableCell>{delivery.durationMs === null ? '—' : `${delivery.durationMs} ms`}</TableCell>
            <TableCell>{delivery.attempts}</TableCell>
            <TableCell>{formatDateTime(delivery.lastAttemptAt)}</TableCell>
            <TableCell>
              <Button
                size="sm"
                disabled={delivery.status === 'pending'}
                onClick={() =>
                  redeliver.mutate(
                    { id: endpointId, deliveryId: delivery.id },
                    { onSuccess: () => toast.info('Queued again; it goes out within seconds.'), onError: (error) => toast.error(error) },
                  )
                }
              >
                Redeliver
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
