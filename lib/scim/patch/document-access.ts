import type { ResolvedPath, SchemaRegistry } from '../schemas/registry';

/*
 * Reading and writing attributes of a stored SCIM document. Stored names are canonical, but lookups are
 * case-insensitive (RFC 7643 §2.1) so that a write never leaves two spellings of one attribute behind.
 */

export type Json = Record<string, unknown>;

/** A JSON object (RFC 8259 §4), as opposed to an array or a scalar. */
export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values, ignoring key order ("no change" in RFC 7644 §3.5.2). */
export function deepEqual(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (Array.isArray(left) || Array.isArray(right)) {
    return Array.isArray(left) && Array.isArray(right) && left.length === right.length &&
      left.every((item, index) => deepEqual(item, right[index]));
  }
  if (!isPlainObject(left) || !isPlainObject(right)) return false;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && deepEqual(left[key], right[key]));
}

function keysOf(object: Json, name: string): string[] {
  const wanted = name.toLowerCase();
  return Object.keys(object).filter((key) => key.toLowerCase() === wanted);
}

/** Reads an attribute by name, case-insensitively (RFC 7643 §2.1). */
export function getAttribute(object: Json, name: string): unknown {
  if (name in object) return object[name];
  const [key] = keysOf(object, name);
  return key === undefined ? undefined : object[key];
}

/** Sets `name`, replacing any other spelling of it; an existing canonical key keeps its position. */
export function setAttribute(object: Json, name: string, value: unknown): void {
  for (const key of keysOf(object, name)) if (key !== name) delete object[key];
  object[name] = value;
}

/** Removes every spelling of an attribute (RFC 7643 §2.1 names are case-insensitive). */
export function deleteAttribute(object: Json, name: string): void {
  for (const key of keysOf(object, name)) delete object[key];
}

/** The object holding a path's attribute: the document, or `document[<extension URN>]` (created when asked). */
export function containerOf(document: Json, path: ResolvedPath, create: boolean): Json | undefined {
  if (!path.isExtension) return document;
  const existing = getAttribute(document, path.schemaUrn);
  if (isPlainObject(existing)) return existing;
  if (!create) return undefined;
  const created: Json = {};
  setAttribute(document, path.schemaUrn, created);
  listSchema(document, path.schemaUrn);
  return created;
}

/** Adds a schema URN to `schemas` (RFC 7643 §3) when the document starts to use the extension. */
export function listSchema(document: Json, urn: string): void {
  const schemas = Array.isArray(document.schemas) ? document.schemas : [];
  if (schemas.some((entry) => typeof entry === 'string' && entry.toLowerCase() === urn.toLowerCase())) return;
  document.schemas = [...schemas, urn];
}

/** Drops extension objects left empty (and their URN from `schemas`), so a removed extension is unassigned. */
export function pruneEmptyExtensions(document: Json, registry: SchemaRegistry): void {
  for (const extension of registry.extensions) {
    const value = getAttribute(document, extension.id);
    const isEmpty = value === null || (isPlainObject(value) && Object.keys(value).length === 0);
    if (!isEmpty) continue;
    removeExtension(document, extension.id);
  }
}

/** Removes an extension's attributes and its URN from `schemas` (RFC 7643 §3). */
export function removeExtension(document: Json, urn: string): void {
  deleteAttribute(document, urn);
  if (!Array.isArray(document.schemas)) return;
  document.schemas = document.schemas.filter((entry) => typeof entry !== 'string' || entry.toLowerCase() !== urn.toLowerCase());
}

/** A required attribute holding this counts as missing: unassigned, or a string of nothing but whitespace. */
export function isBlankValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
