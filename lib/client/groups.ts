'use client';

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { GroupListDto, GroupMemberListDto, ListGroupMembersQuery, ListGroupsQuery } from '@/lib/contracts/directory';
import { fetchJson } from './fetch-json';
import { toSearch } from './search-params';
import { groupKeys } from './query-keys';

const API = '/api/console/groups';

export const groupListQuery = (query: ListGroupsQuery) =>
  queryOptions({
    queryKey: groupKeys.list(query),
    queryFn: () => fetchJson<GroupListDto>(`${API}${toSearch(query)}`),
    placeholderData: keepPreviousData,
  });

export const groupMembersQuery = (id: string, query: ListGroupMembersQuery) =>
  queryOptions({
    queryKey: groupKeys.members(id, query),
    queryFn: () => fetchJson<GroupMemberListDto>(`${API}/${encodeURIComponent(id)}/members${toSearch(query)}`),
    placeholderData: keepPreviousData,
  });
