import type { AuditEventDto } from '@/lib/contracts/audit';

const ACTOR_TYPES: Record<AuditEventDto['actorType'], string> = {
  token: 'Token',
  console: 'Console',
  system: 'Roster',
  anonymous: 'Anonymous',
};

/** "Token · Entra production", "Console · olivia@example.com", "Anonymous". */
export function describeActor(event: Pick<AuditEventDto, 'actorType' | 'actorName' | 'actorId'>): string {
  const name = event.actorName ?? event.actorId;
  return name ? `${ACTOR_TYPES[event.actorType]} · ${name}` : ACTOR_TYPES[event.actorType];
}

/** The directory page of an audited resource, when there is one to open. */
export function resourceHref(event: Pick<AuditEventDto, 'resourceType' | 'resourceId'>): string | null {
  if (!event.resourceId) return null;
  if (event.resourceType === 'User') return `/users/${encodeURIComponent(event.resourceId)}`;
  if (event.resourceType === 'Group') return `/groups/${encodeURIComponent(event.resourceId)}`;
  return null;
}
