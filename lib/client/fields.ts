'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  AppFieldDto,
  FieldListDto,
  FieldOptionDto,
  RederiveJobDto,
  RegisterFieldInput,
  UpdateFieldInput,
} from '@/lib/contracts/fields';
import { fetchJson } from './fetch-json';
import { fieldKeys } from './query-keys';

const API = '/api/console/fields';
export const FIELDS_CSV_URL = `${API}/export`;

export const fieldListQuery = () =>
  queryOptions({ queryKey: fieldKeys.list(), queryFn: () => fetchJson<FieldListDto>(API) });

export const fieldOptionsQuery = (id: string) =>
  queryOptions({
    queryKey: fieldKeys.options(id),
    queryFn: () => fetchJson<{ options: FieldOptionDto[] }>(`${API}/${id}/options`),
  });

const isRunning = (job: RederiveJobDto | null | undefined) => job?.status === 'queued' || job?.status === 'running';

/** The latest re-derivation of a field; polled while it runs so progress moves on screen. */
export const rederiveJobQuery = (id: string) =>
  queryOptions({
    queryKey: fieldKeys.rederive(id),
    queryFn: () => fetchJson<{ job: RederiveJobDto | null }>(`${API}/${id}/rederive`),
    refetchInterval: (query) => (isRunning(query.state.data?.job) ? 1000 : false),
    staleTime: 0,
  });

function useInvalidateFields() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: fieldKeys.all });
}

export function useRegisterField() {
  const invalidate = useInvalidateFields();
  return useMutation({
    mutationFn: (body: RegisterFieldInput) =>
      fetchJson<{ field: AppFieldDto; job: RederiveJobDto | null }>(API, { method: 'POST', body }),
    onSettled: invalidate,
  });
}

export function useUpdateField() {
  const invalidate = useInvalidateFields();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateFieldInput & { id: string }) =>
      fetchJson<{ field: AppFieldDto; job: RederiveJobDto | null }>(`${API}/${id}`, { method: 'PATCH', body }),
    onSettled: invalidate,
  });
}

export function useDeleteField() {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateFields();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(`${API}/${id}`, { method: 'DELETE' }),
    // The row goes only once the server confirms: a refused delete never makes it vanish and come back.
    onSuccess: (_data, id) => {
      const current = queryClient.getQueryData<FieldListDto>(fieldKeys.list());
      if (current) queryClient.setQueryData<FieldListDto>(fieldKeys.list(), { ...current, fields: current.fields.filter((field) => field.id !== id) });
    },
    onSettled: invalidate,
  });
}
