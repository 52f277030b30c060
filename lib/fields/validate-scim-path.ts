import { buildUserRegistry } from '@/lib/provisioning/load-registry';
import { ScimError, parsePatchPath } from '@/lib/scim';
import type { AppFieldDto } from '@/lib/contracts/fields';

/**
 * Why a field cannot read its value from this SCIM path, phrased as the fix; null when it can. The path must
 * parse with the engine's PATCH path grammar against the User schemas (Roster's extension including the
 * attribute the path itself names) and end at a single value, not a whole complex attribute or schema.
 */
export function validateScimPath(path: string, fields: Pick<AppFieldDto, 'scimPath' | 'label'>[]): string | null {
  const registry = buildUserRegistry(fields);
  let parsed;
  try {
    parsed = parsePatchPath(path, registry);
  } catch (error) {
    if (error instanceof ScimError) return error.detail;
    throw error;
  }
  if (parsed.kind === 'schema') {
    return `"${path}" names a whole schema; add the attribute, for example ${parsed.schemaUrn}:department.`;
  }
  const leaf = parsed.subAttribute ?? parsed.attribute.attribute;
  if (leaf.type === 'complex') {
    const example = leaf.multiValued ? `${leaf.name}[type eq "work"].${leaf.subAttributes?.[0]?.name ?? 'value'}` : `${leaf.name}.${leaf.subAttributes?.[0]?.name ?? 'value'}`;
    return `"${path}" is the complex attribute '${leaf.name}'; choose one of its sub-attributes, for example ${example}.`;
  }
  return null;
}
