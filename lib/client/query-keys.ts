import type { ActivityBucketSize } from '@/lib/contracts/audit';
import type { ListGroupMembersQuery, ListGroupsQuery, ListUsersQuery } from '@/lib/contracts/directory';
import type { ListMappingsQuery, MappingChangeBody } from '@/lib/contracts/group-mappings';

/**
 * Every react-query key of the console, in one module: a change to one resource invalidates others' keys (a new
 * mapping changes roles, groups and users), and the resources' modules must not import each other for that.
 */

/** Filters as they sit in a key: plain strings, so two equal filter sets make one key. */
type KeyFilters = Readonly<Record<string, string | undefined>>;

export const apiKeyKeys = { all: ['api-keys'] as const };

export const auditKeys = {
  all: ['audit'] as const,
  list: (query: KeyFilters, cursor: string | undefined, limit: number) => [...auditKeys.all, 'list', query, cursor ?? null, limit] as const,
  detail: (id: string) => [...auditKeys.all, 'detail', id] as const,
  activity: (query: KeyFilters, bucket: ActivityBucketSize | undefined) => [...auditKeys.all, 'activity', query, bucket ?? null] as const,
};

export const fieldKeys = {
  all: ['fields'] as const,
  list: () => [...fieldKeys.all, 'list'] as const,
  options: (id: string) => [...fieldKeys.all, 'options', id] as const,
  rederive: (id: string) => [...fieldKeys.all, 'rederive', id] as const,
};

export const mappingKeys = {
  all: ['group-mappings'] as const,
  list: (query: ListMappingsQuery) => [...mappingKeys.all, 'list', query] as const,
  preview: (change: MappingChangeBody) => [...mappingKeys.all, 'preview', change] as const,
};

export const groupKeys = {
  all: ['groups'] as const,
  list: (query: ListGroupsQuery) => [...groupKeys.all, 'list', query] as const,
  members: (id: string, query: ListGroupMembersQuery) => [...groupKeys.all, 'members', id, query] as const,
};

export const onboardingKeys = {
  all: ['onboarding'] as const,
  checklist: () => [...onboardingKeys.all, 'checklist'] as const,
};

export const roleKeys = {
  all: ['roles'] as const,
  list: () => [...roleKeys.all, 'list'] as const,
};

export const settingsKeys = {
  all: ['settings'] as const,
  detail: () => [...settingsKeys.all, 'detail'] as const,
};

export const syncHealthKeys = {
  all: ['sync-health'] as const,
  detail: () => [...syncHealthKeys.all, 'detail'] as const,
};

export const tokenKeys = {
  all: ['tokens'] as const,
  list: () => [...tokenKeys.all, 'list'] as const,
  banner: () => [...tokenKeys.all, 'banner'] as const,
};

export const userKeys = {
  all: ['users'] as const,
  list: (query: ListUsersQuery) => [...userKeys.all, 'list', query] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

export const webhookKeys = {
  all: ['webhooks'] as const,
  list: () => [...webhookKeys.all, 'list'] as const,
  deliveries: (id: string) => [...webhookKeys.all, 'deliveries', id] as const,
};
