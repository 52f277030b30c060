'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiKeyDto, ApiKeyListDto, CreateApiKeyBody, CreatedApiKeyDto, RotateApiKeyBody, RotatedApiKeyDto } from '@/lib/contracts/api-keys';
import { fetchJson } from './fetch-json';
import { apiKeyKeys } from './query-keys';

const API = '/api/console/api-keys';

export const apiKeyListQuery = () => queryOptions({ queryKey: apiKeyKeys.all, queryFn: () => fetchJson<ApiKeyListDto>(API) });

function useInvalidateApiKeys() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });
}

export function useCreateApiKey() {
  const invalidate = useInvalidateApiKeys();
  return useMutation({
    mutationFn: (body: CreateApiKeyBody) => fetchJson<CreatedApiKeyDto>(API, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useRotateApiKey() {
  const invalidate = useInvalidateApiKeys();
  return useMutation({
    mutationFn: ({ id, ...body }: RotateApiKeyBody & { id: string }) => fetchJson<RotatedApiKeyDto>(`${API}/${id}/rotate`, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useRevokeApiKey() {
  const invalidate = useInvalidateApiKeys();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ apiKey: ApiKeyDto }>(`${API}/${id}/revoke`, { method: 'POST' }),
    onSettled: invalidate,
  });
}
