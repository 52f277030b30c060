import { isDeepStrictEqual } from 'node:util';
import type { FieldChange } from '@/db/schema';

export type { FieldChange } from '@/db/schema';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Leaf values by path. Nested objects become dotted paths (`name.givenName`); the attributes of an extension
 * sit under its URN joined with a colon, as SCIM spells them (`urn:…:enterprise:2.0:User:department`).
 * Arrays are leaves: a multi-valued attribute is compared as a whole value.
 */
function flatten(value: Record<string, unknown>, prefix: string, separator: string, out: Map<string, unknown>): void {
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const path = prefix === '' ? key : `${prefix}${separator}${key}`;
    if (isPlainObject(child)) {
      const isUrn = prefix === '' && key.toLowerCase().startsWith('urn:');
      flatten(child, path, isUrn ? ':' : '.', out);
    } else {
      out.set(path, child);
    }
  }
}

function leaves(document: object | null): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (document) flatten(document as Record<string, unknown>, '', '.', out);
  return out;
}

/**
 * The fields that differ between two versions of a document, with old and new values (null when absent).
 * `before` null describes a creation, `after` null a deletion.
 */
export function diffFields(before: object | null, after: object | null): FieldChange[] {
  const old = leaves(before);
  const next = leaves(after);
  const fields = new Set([...old.keys(), ...next.keys()]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const previous = old.get(field) ?? null;
    const current = next.get(field) ?? null;
    if (!isDeepStrictEqual(previous, current)) changes.push({ field, old: previous, new: current });
  }
  return changes;
}
