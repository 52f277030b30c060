'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsDto, UpdateSettingsBody } from '@/lib/contracts/settings';
import { fetchJson } from './fetch-json';
import { settingsKeys } from './query-keys';

const API = '/api/console/settings';

export const settingsQuery = () =>
  queryOptions({ queryKey: settingsKeys.detail(), queryFn: () => fetchJson<{ settings: SettingsDto }>(API) });

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSettingsBody) => fetchJson<{ settings: SettingsDto }>(API, { method: 'PATCH', body }),
    onSuccess: (data) => queryClient.setQueryData(settingsKeys.detail(), data),
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
  });
}
