'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CreateMappingBody,
  GroupMappingDto,
  ListMappingsQuery,
  MappingChangeBody,
  MappingChangePreviewDto,
  MappingListDto,
  SetGroupRolesInput,
} from '@/lib/contracts/group-mappings';
import { fetchJson } from './fetch-json';
import { toSearch } from './search-params';
import { groupKeys, mappingKeys, roleKeys, userKeys } from './query-keys';

const API = '/api/console/group-mappings';

export const mappingListQuery = (query: ListMappingsQuery = {}) =>
  queryOptions({ queryKey: mappingKeys.list(query), queryFn: () => fetchJson<MappingListDto>(`${API}${toSearch(query)}`) });

const isEmpty = (change: MappingChangeBody) => change.add.length === 0 && change.remove.length === 0;

/** What a change would do to users' roles; recomputed as the change is edited, never cached beyond it. */
export const mappingPreviewQuery = (change: MappingChangeBody) =>
  queryOptions({
    queryKey: mappingKeys.preview(change),
    queryFn: () => fetchJson<MappingChangePreviewDto>(`${API}/preview`, { method: 'POST', body: change }),
    enabled: !isEmpty(change),
    staleTime: 0,
    gcTime: 0,
  });

function useInvalidateMappingViews() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [roleKeys.all, mappingKeys.all, groupKeys.all, userKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useCreateMapping() {
  const invalidate = useInvalidateMappingViews();
  return useMutation({
    mutationFn: (body: CreateMappingBody) => fetchJson<{ mapping: GroupMappingDto }>(API, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useDeleteMapping() {
  const invalidate = useInvalidateMappingViews();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ mapping: GroupMappingDto }>(`${API}/${id}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}

export type SavedGroupRolesDto = { mappings: GroupMappingDto[]; added: number; removed: number };

/** Saves a group's roles in one request, which the server applies all or nothing; the lists are refreshed either way. */
export function useSaveGroupRoles() {
  const invalidate = useInvalidateMappingViews();
  return useMutation({
    mutationFn: (body: SetGroupRolesInput) => fetchJson<SavedGroupRolesDto>('/api/console/group-roles', { method: 'PUT', body }),
    onSettled: invalidate,
  });
}
