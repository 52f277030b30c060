import { sql, type SQL } from 'drizzle-orm';
import type { ScimAuditOperation } from '@/lib/scim';

/**
 * Whether each audit operation the engine writes is identity-provider traffic; a Record so that a new engine
 * operation fails to compile here. The console's connection test is not.
 */
const SCIM_OPERATION_SET: Record<ScimAuditOperation, boolean> = {
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
  'connection.test': false,
};

export const SCIM_OPERATIONS = (Object.keys(SCIM_OPERATION_SET) as ScimAuditOperation[]).filter((operation) => SCIM_OPERATION_SET[operation]);

/** `operation in (…)` for audit_events: the identity provider's SCIM requests, not console actions or tests. */
export function isScimRequest(): SQL {
  return sql`operation in (${sql.join(
    SCIM_OPERATIONS.map((operation) => sql`${operation}`),
    sql`, `,
  )})`;
}
