import { scimErrors } from '../errors/scim-error';

export type BulkIds = Map<string, string>;

const REFERENCE = /^bulkId:(.+)$/;

function references(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    const match = REFERENCE.exec(value) ?? REFERENCE.exec(value.split('/').pop() ?? '');
    if (match) found.add(match[1]);
  } else if (Array.isArray(value)) value.forEach((item) => references(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => references(item, found));
}

function substitute(value: unknown, ids: BulkIds): unknown {
  if (typeof value === 'string') {
    return value.replace(/bulkId:([^/"\s]+)/g, (whole, bulkId: string) => ids.get(bulkId) ?? whole);
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, ids));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, ids)]));
  return value;
}

/**
 * Replaces `bulkId:<id>` references (RFC 7644 §3.7.2) in an operation's path and data with the ids created by
 * earlier operations. 'wait' when a referenced operation has not run yet; 400 when no operation can create it.
 */
export function resolveBulkIds<T extends { path: string; data?: unknown }>(operation: T, ids: BulkIds, isPending: (bulkId: string) => boolean): T | 'wait' {
  const found = new Set<string>();
  references(operation.path, found);
  references(operation.data, found);
  for (const bulkId of found) {
    if (ids.has(bulkId)) continue;
    if (isPending(bulkId)) return 'wait';
    throw scimErrors.invalidValue(`bulkId:${bulkId} does not name an operation of this request that succeeded.`);
  }
  if (found.size === 0) return operation;
  return { ...operation, path: substitute(operation.path, ids) as string, data: substitute(operation.data, ids) };
}
