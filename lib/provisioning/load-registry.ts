import type { Database } from '@/db/database';
import { fieldCache } from '@/lib/fields/field-cache';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { listFields } from '@/lib/fields/list-fields';
import {
  SCHEMA_URNS,
  createGroupRegistry,
  createUserRegistry,
  tryParseAttributePath,
  type RosterExtensionAttribute,
  type SchemaRegistry,
} from '@/lib/scim';

/** Every SCIM request needs the registry; fields change rarely, and other instances pick a change up within this time. */
const CACHE_TTL_MS = 5_000;

type Entry = NonNullable<typeof fieldCache.entry>;

const groupRegistry = createGroupRegistry();

/** The Roster extension attributes the fields' paths name (`urn:roster:…:2.0:User:cost_center`). */
function rosterAttributes(fields: Pick<AppFieldDto, 'scimPath' | 'label'>[]): RosterExtensionAttribute[] {
  const byName = new Map<string, RosterExtensionAttribute>();
  for (const field of fields) {
    const path = tryParseAttributePath(field.scimPath.trim());
    if ('problem' in path || path.subAttribute !== undefined) continue;
    if (path.schema?.toLowerCase() !== SCHEMA_URNS.rosterUser.toLowerCase()) continue;
    const key = path.attribute.toLowerCase();
    if (!byName.has(key)) byName.set(key, { name: path.attribute, description: field.label });
  }
  return [...byName.values()];
}

/** The User registry for a set of fields: core, Enterprise, and Roster's extension holding the fields no standard schema has. */
export function buildUserRegistry(fields: Pick<AppFieldDto, 'scimPath' | 'label'>[]): SchemaRegistry {
  return createUserRegistry(rosterAttributes(fields));
}

async function loadEntry(db: Database): Promise<Entry> {
  const cached = fieldCache.entry;
  if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached;

  // Loads are not shared between callers: each runs on its own handle, so no request waits on another's transaction.
  const generation = fieldCache.generation;
  const fields = await listFields(db);
  const entry = { fields, registry: buildUserRegistry(fields), loadedAt: Date.now() };
  if (generation === fieldCache.generation) fieldCache.entry = entry;
  return entry;
}

/** The User registry including the registered fields of Roster's extension, cached briefly in-process. */
export async function loadUserRegistry(db: Database): Promise<SchemaRegistry> {
  return (await loadEntry(db)).registry;
}

/** The application fields every user write derives, from the same cache entry as the registry. */
export async function loadMappedFields(db: Database): Promise<AppFieldDto[]> {
  return (await loadEntry(db)).fields;
}

/** The Group registry (no extensions), built once. */
export function loadGroupRegistry(): SchemaRegistry {
  return groupRegistry;
}
