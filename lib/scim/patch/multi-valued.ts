import { scimErrors } from '../errors/scim-error';
import { elementMatcher } from '../filter/evaluate';
import type { FilterNode } from '../filter/ast';
import type { PatchPath } from '../paths/patch-path';
import type { SchemaRegistry } from '../schemas/registry';
import { deepEqual, getAttribute, isPlainObject, setAttribute, type Json } from './document-access';
import { seedElementFromFilter } from './idp-quirks';
import { normalizeElement } from './normalize-value';

export type AttributePatchPath = Extract<PatchPath, { kind: 'attribute' }>;

/** The values of a multi-valued attribute (RFC 7643 §2.4); an unassigned one has none. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The elements a value filter selects (RFC 7644 §3.5.2 valuePath), matched by the filter engine. */
export function selectElements(elements: unknown[], filter: FilterNode, path: AttributePatchPath, registry: SchemaRegistry): Json[] {
  const candidates = elements.filter(isPlainObject);
  if (candidates.length === 0) return [];
  return candidates.filter(elementMatcher(filter, path.attribute, registry));
}

/**
 * RFC 7644 §3.5.2.1: adding a value that is already present changes nothing. Elements with a `value` are the
 * same when `value` matches and `type` does not differ; others when they are equal. A re-sent element is merged
 * into the stored one. Returns the stored elements that the additions correspond to.
 */
export function addElements(elements: unknown[], additions: unknown[]): unknown[] {
  return additions.map((addition) => {
    const same = elements.find((element) => isSameElement(element, addition));
    if (!same) {
      elements.push(addition);
      return addition;
    }
    if (isPlainObject(same) && isPlainObject(addition)) mergeInto(same, addition);
    return same;
  });
}

function isSameElement(stored: unknown, added: unknown): boolean {
  if (!isPlainObject(stored) || !isPlainObject(added) || !('value' in stored) || !('value' in added)) {
    return deepEqual(stored, added);
  }
  const typesDiffer = stored.type !== undefined && added.type !== undefined && !deepEqual(stored.type, added.type);
  return deepEqual(stored.value, added.value) && !typesDiffer;
}

/** Sets each sub-attribute of `value` on `target`, leaving the others unchanged (RFC 7644 §3.5.2.3). */
export function mergeInto(target: Json, value: unknown): void {
  if (!isPlainObject(value)) return;
  for (const [key, inner] of Object.entries(value)) setAttribute(target, key, inner);
}

/** RFC 7644 §3.5.2: a written element with `primary: true` sets `primary` to false on every other element. */
export function enforceSinglePrimary(elements: unknown[], written: unknown[]): void {
  const winner = written.find((element) => isPlainObject(element) && element.primary === true);
  if (!winner) return;
  for (const element of elements) {
    if (element !== winner && isPlainObject(element) && element.primary === true) element.primary = false;
  }
}

/**
 * add/replace through a value-filtered path (RFC 7644 §3.5.2.1, §3.5.2.3): the sub-attribute, or the given
 * sub-attributes, are set on every matching element; with no match the element is created (Entra, see
 * seedElementFromFilter), other elements untouched.
 */
export function writeFiltered(container: Json, path: AttributePatchPath, value: unknown, registry: SchemaRegistry): void {
  const attribute = path.attribute.attribute;
  const elements = asArray(getAttribute(container, attribute.name));
  const matches = selectElements(elements, path.filter!, path, registry);
  const write = (element: Json) =>
    path.subAttribute ? setAttribute(element, path.subAttribute.name, value) : mergeInto(element, value);
  matches.forEach(write);

  let written: unknown[] = matches;
  if (matches.length === 0) {
    const seed = seedElementFromFilter(path.filter!);
    if (!seed) throw scimErrors.noTarget(`path "${path.text}" matches no value, and its filter does not describe a new one.`);
    const element = (normalizeElement(attribute, seed, path.text) ?? {}) as Json;
    write(element);
    elements.push(element);
    written = [element];
  }
  enforceSinglePrimary(elements, written);
  setAttribute(container, attribute.name, elements);
}

/** add/replace of `attr.sub` without a filter: the sub-attribute of every element (a new element if none). */
export function writeSubAttributeOfAll(container: Json, path: AttributePatchPath, value: unknown): void {
  const attribute = path.attribute.attribute;
  const name = path.subAttribute!.name;
  const elements = asArray(getAttribute(container, attribute.name)).filter(isPlainObject);
  if (elements.length === 0) elements.push({});
  for (const element of elements) setAttribute(element, name, value);
  setAttribute(container, attribute.name, elements);
}
