'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateRoleInput, DeletedRoleDto, RoleDto, RoleListDto, UpdateRoleInput } from '@/lib/contracts/roles';
import { fetchJson } from './fetch-json';
import { groupKeys, mappingKeys, roleKeys, userKeys } from './query-keys';

const API = '/api/console/roles';

export const roleListQuery = () => queryOptions({ queryKey: roleKeys.list(), queryFn: () => fetchJson<RoleListDto>(API) });

/** A role's name shows on mappings, groups and users too, so every one of those lists is refreshed. */
export function useInvalidateRoleViews() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [roleKeys.all, mappingKeys.all, groupKeys.all, userKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
}

export function useCreateRole() {
  const invalidate = useInvalidateRoleViews();
  return useMutation({
    mutationFn: (body: CreateRoleInput) => fetchJson<{ role: RoleDto }>(API, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateRole() {
  const invalidate = useInvalidateRoleViews();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateRoleInput & { id: string }) =>
      fetchJson<{ role: RoleDto }>(`${API}/${id}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useDeleteRole() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateRoleViews();
  return useMutation({
    mutationFn: (id: string) => fetchJson<DeletedRoleDto>(`${API}/${id}`, { method: 'DELETE' }),
    // Safe to remove the row at once: a refused delete puts it back below.
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: roleKeys.list() });
      const previous = queryClient.getQueryData<RoleListDto>(roleKeys.list());
      if (previous) queryClient.setQueryData<RoleListDto>(roleKeys.list(), { roles: previous.roles.filter((role) => role.id !== id) });
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(roleKeys.list(), context.previous);
    },
    onSettled: invalidate,
  });
}
