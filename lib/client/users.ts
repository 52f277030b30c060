'use client';

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ListUsersQuery, UserDetailDto, UserListDto } from '@/lib/contracts/directory';
import { fetchJson } from './fetch-json';
import { toSearch } from './search-params';
import { userKeys } from './query-keys';

const API = '/api/console/users';

export const userListQuery = (query: ListUsersQuery) =>
  queryOptions({
    queryKey: userKeys.list(query),
    queryFn: () => fetchJson<UserListDto>(`${API}${toSearch(query)}`),
    // The previous page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export const userDetailQuery = (id: string) =>
  queryOptions({ queryKey: userKeys.detail(id), queryFn: () => fetchJson<UserDetailDto>(`${API}/${encodeURIComponent(id)}`) });
