'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedWebhookDto, CreateWebhookBody, UpdateWebhookBody, WebhookDeliveryDto, WebhookEndpointDto } from '@/lib/contracts/webhooks';
import { fetchJson } from './fetch-json';
import { webhookKeys } from './query-keys';

const API = '/api/console/webhooks';

export const webhookListQuery = () =>
  queryOptions({ queryKey: webhookKeys.list(), queryFn: () => fetchJson<{ endpoints: WebhookEndpointDto[] }>(API), refetchInterval: 10_000 });

/** The log refreshes while it is open, so a queued message is seen going out. */
export const webhookDeliveriesQuery = (id: string) =>
  queryOptions({
    queryKey: webhookKeys.deliveries(id),
    queryFn: () => fetchJson<{ deliveries: WebhookDeliveryDto[] }>(`${API}/${id}/deliveries`),
    refetchInterval: 3_000,
  });

function useInvalidateWebhooks() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: webhookKeys.all });
}

export function useCreateWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: (body: CreateWebhookBody) => fetchJson<CreatedWebhookDto>(API, { method: 'POST', body }), onSettled: invalidate });
}

export function useUpdateWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateWebhookBody & { id: string }) => fetchJson<{ endpoint: WebhookEndpointDto }>(`${API}/${id}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useDeleteWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({ mutationFn: (id: string) => fetchJson<void>(`${API}/${id}`, { method: 'DELETE' }), onSettled: invalidate });
}

export function useSendTestWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ delivery: WebhookDeliveryDto }>(`${API}/${id}/test`, { method: 'POST' }),
    onSettled: invalidate,
  });
}

export function useRedeliverWebhook() {
  const invalidate = useInvalidateWebhooks();
  return useMutation({
    mutationFn: ({ id, deliveryId }: { id: string; deliveryId: string }) =>
      fetchJson<{ delivery: WebhookDeliveryDto }>(`${API}/${id}/deliveries/${deliveryId}/redeliver`, { method: 'POST' }),
    onSettled: invalidate,
  });
}
