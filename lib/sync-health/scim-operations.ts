import { sql, type SQL } from 'drizzle-orm';
import type { ScimAuditOperation } from '@/lib/scim';

/** Every audit operation a SCIM request produces; a Record so that a new engine operation fails to compile here. */
const SCIM_OPERATION_SET: Record<ScimAuditOperation, true> = {
  'user.create': true,
  'user.update': true,
  'user.deactivate': true,
  'user.reactivate': true,
  'user.delete': true,
  'user.deprovision': true,
  'user.restore': true,
  'user.read': true,
  'user.list': true,
  'group.create': true,
  'group.update': true,
  'group.members.add': true,
  'group.members.remove': true,
  'group.delete': true,
  'group.read': true,
  'group.list': true,
  'discovery.read': true,
  'bulk.run': true,
  'auth.refused': true,
  'auth.throttled': true,
  'request.invalid': true,
};

export const SCIM_OPERATIONS = Object.keys(SCIM_OPERATION_SET) as ScimAuditOperation[];

/** `operation in (…)` for audit_events: the events that are SCIM requests, not console actions. */
export function isScimRequest(): SQL {
  return sql`operation in (${sql.join(
    SCIM_OPERATIONS.map((operation) => sql`${operation}`),
    sql`, `,
  )})`;
}
