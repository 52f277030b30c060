'use client';

import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConnectionTestBody, ConnectionTestDto } from '@/lib/contracts/connection-test';
import type { ChecklistDto, UpdatedStepDto, UpdateStepBody, SetupGuideDto } from '@/lib/contracts/onboarding';
import type { StepKey } from '@/lib/contracts/onboarding-steps';
import { fetchJson } from './fetch-json';
import { onboardingKeys } from './query-keys';

const API = '/api/console/onboarding';

/** The current group→role mapping table, for the customer's IT team (setup guide). */
export const GROUP_LIST_CSV_URL = '/api/console/setup-guide/group-list';

export const setupGuideQuery = () =>
  queryOptions({ queryKey: [...onboardingKeys.all, 'setup-guide'] as const, queryFn: () => fetchJson<SetupGuideDto>('/api/console/setup-guide') });

export const checklistQuery = () =>
  queryOptions({ queryKey: onboardingKeys.checklist(), queryFn: () => fetchJson<ChecklistDto>(API) });

export function useUpdateStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: UpdateStepBody & { key: StepKey }) =>
      fetchJson<UpdatedStepDto>(`${API}/steps/${key}`, { method: 'PATCH', body }),
    // Progress and the summary line depend on every step: take them from the server rather than recompute here.
    onSettled: () => queryClient.invalidateQueries({ queryKey: onboardingKeys.all }),
  });
}

/** Checks a pasted token against this deployment's own SCIM endpoint; nothing is cached. */
export function useTestConnection() {
  return useMutation({
    mutationFn: (body: ConnectionTestBody) =>
      fetchJson<ConnectionTestDto>('/api/console/connection-test', { method: 'POST', body }),
  });
}
