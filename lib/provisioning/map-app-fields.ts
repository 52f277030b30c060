import { BUILTIN_FIELDS } from '@/lib/fields/builtin-fields';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { readPath, type SchemaRegistry } from '@/lib/scim';

export type MappedField = Pick<AppFieldDto, 'machineName' | 'type' | 'scimPath' | 'isBuiltin'>;

const FALLBACKS = new Map(BUILTIN_FIELDS.map((field) => [field.machineName, field.fallbackScimPaths]));

function readValues(document: Record<string, unknown>, path: string, registry: SchemaRegistry): unknown[] {
  try {
    return readPath(document, path, registry);
  } catch {
    // A path the registry cannot resolve (a registry a few seconds older than the field) yields no value, never a failed write.
    return [];
  }
}

/** The first scalar value as text; blank strings and complex values count as absent. */
function firstValue(values: unknown[], type: MappedField['type']): string | null {
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const text = String(value);
    if (text.trim() === '') continue;
    return type === 'list' ? text.trim() : text;
  }
  return null;
}

/** One field's value from a SCIM document: its path first, then a built-in field's fallbacks (DESIGN's table). */
export function deriveFieldValue(field: MappedField, document: Record<string, unknown>, registry: SchemaRegistry): string | null {
  const paths = [field.scimPath, ...(field.isBuiltin ? (FALLBACKS.get(field.machineName) ?? []) : [])];
  for (const path of paths) {
    const value = firstValue(readValues(document, path, registry), field.type);
    if (value !== null) return value;
  }
  return null;
}

/** The application fields of a SCIM document (machine name → value), before list values are matched to options. */
export function deriveAppFields(
  fields: MappedField[],
  document: Record<string, unknown>,
  registry: SchemaRegistry,
): Record<string, string | null> {
  return Object.fromEntries(fields.map((field) => [field.machineName, deriveFieldValue(field, document, registry)]));
}
