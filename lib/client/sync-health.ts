'use client';

import { queryOptions } from '@tanstack/react-query';
import type { SyncHealthDto } from '@/lib/contracts/sync-health';
import { fetchJson } from './fetch-json';
import { syncHealthKeys } from './query-keys';

/** A health panel is looked at while provisioning runs; a minute is fresh enough and cheap for the server. */
const REFRESH_MS = 60_000;

export const syncHealthQuery = () =>
  queryOptions({
    queryKey: syncHealthKeys.detail(),
    queryFn: () => fetchJson<SyncHealthDto>('/api/console/sync-health'),
    refetchInterval: REFRESH_MS,
  });
