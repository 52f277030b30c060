import type { SchemaRegistry } from '../schemas/registry';
import { containerOf, getAttribute, isPlainObject, setAttribute, type Json } from './document-access';
import {
  addElements,
  asArray,
  enforceSinglePrimary,
  mergeInto,
  writeFiltered,
  writeSubAttributeOfAll,
  type AttributePatchPath,
} from './multi-valued';

/**
 * RFC 7644 §3.5.2.1 add: a single-valued attribute is set (a complex one merged sub-attribute by sub-attribute),
 * a multi-valued one gains the values not already present; a value-filtered path writes the matching elements.
 * An unassigned value (`null`, `[]`) adds nothing.
 */
export function applyAdd(document: Json, path: AttributePatchPath, value: unknown, registry: SchemaRegistry): void {
  if (value === undefined) return;
  const container = containerOf(document, path.attribute, true)!;
  const attribute = path.attribute.attribute;

  if (path.filter) return writeFiltered(container, path, value, registry);
  if (attribute.multiValued && path.subAttribute) return writeSubAttributeOfAll(container, path, value);
  if (attribute.multiValued) {
    const elements = asArray(getAttribute(container, attribute.name));
    const written = addElements(elements, value as unknown[]);
    enforceSinglePrimary(elements, written);
    return setAttribute(container, attribute.name, elements);
  }
  writeSingleValued(container, path, value);
}

/** Sets a single-valued attribute or one of its sub-attributes; complex values merge into what is stored. */
export function writeSingleValued(container: Json, path: AttributePatchPath, value: unknown): void {
  const attribute = path.attribute.attribute;
  if (attribute.type !== 'complex') return setAttribute(container, attribute.name, value);

  const stored = getAttribute(container, attribute.name);
  const target: Json = isPlainObject(stored) ? stored : {};
  if (path.subAttribute) setAttribute(target, path.subAttribute.name, value);
  else mergeInto(target, value);
  setAttribute(container, attribute.name, target);
}
