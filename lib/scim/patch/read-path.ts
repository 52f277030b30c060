import { parsePatchPath } from '../paths/patch-path';
import type { SchemaRegistry } from '../schemas/registry';
import { containerOf, getAttribute, isPlainObject } from './document-access';
import { asArray, selectElements } from './multi-valued';

/**
 * The values found at a SCIM path (RFC 7644 §3.5.2 path grammar, value filters included) in a stored document,
 * in document order, unassigned values skipped: `emails[type eq "work"].value`, `name.givenName`,
 * `urn:…:enterprise:2.0:User:department`. Throws 400 invalidPath for a path the registry does not know.
 */
export function readPath(document: Record<string, unknown>, path: string, registry: SchemaRegistry): unknown[] {
  const parsed = parsePatchPath(path, registry);
  if (parsed.kind === 'schema') return present([getAttribute(document, parsed.schemaUrn)]);

  const container = containerOf(document, parsed.attribute, false);
  if (!container) return [];
  const attribute = parsed.attribute.attribute;
  const stored = getAttribute(container, attribute.name);
  const values = attribute.multiValued
    ? parsed.filter ? selectElements(asArray(stored), parsed.filter, parsed, registry) : asArray(stored)
    : [stored];
  const subName = parsed.subAttribute?.name;
  return present(subName ? values.map((value) => (isPlainObject(value) ? getAttribute(value, subName) : undefined)) : values);
}

function present(values: unknown[]): unknown[] {
  return values.filter((value) => value !== undefined && value !== null);
}
