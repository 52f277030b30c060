/**
 * The closed list of audit operations (dotted `resource.verb`). Nothing else may be written: recordAuditEvent
 * refuses any other name, so the console's operation filter can list them all.
 */
export const AUDIT_OPERATIONS = [
  'user.create',
  'user.update',
  'user.deactivate',
  'user.reactivate',
  'user.delete',
  'user.deprovision',
  'user.restore',
  'user.read',
  'user.list',
  'group.create',
  'group.update',
  'group.members.add',
  'group.members.remove',
  'group.delete',
  'group.read',
  'group.list',
  'discovery.read',
  'bulk.run',
  'auth.refused',
  'auth.throttled',
  'request.invalid',
  'connection.test',
  'token.create',
  'token.expire',
  'token.rotate',
  'apikey.create',
  'apikey.revoke',
  'apikey.rotate',
  'apikey.refused',
  'webhook.create',
  'webhook.update',
  'webhook.delete',
  'webhook.test',
  'webhook.redeliver',
  'webhook.disable',
  'role.create',
  'role.update',
  'role.delete',
  'mapping.create',
  'mapping.update',
  'mapping.delete',
  'field.create',
  'field.update',
  'field.delete',
  'settings.update',
  'onboarding.update',
  'console.user.create',
  'console.owner.setup',
  'console.login',
  'audit.prune',
] as const;

export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

const OPERATION_SET: ReadonlySet<string> = new Set(AUDIT_OPERATIONS);

export function isAuditOperation(value: string): value is AuditOperation {
  return OPERATION_SET.has(value);
}
