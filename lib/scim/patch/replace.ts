import type { SchemaRegistry } from '../schemas/registry';
import { writeSingleValued } from './add';
import { containerOf, setAttribute, type Json } from './document-access';
import { writeFiltered, writeSubAttributeOfAll, type AttributePatchPath } from './multi-valued';
import { applyRemove } from './remove';

/**
 * RFC 7644 §3.5.2.3 replace: a single-valued attribute is set (a complex one merged, sub-attributes not given
 * left unchanged); a multi-valued one is replaced as a whole; a value-filtered path writes the matching
 * elements. Replacing with an unassigned value (`null`, `[]`) removes the target.
 */
export function applyReplace(document: Json, path: AttributePatchPath, value: unknown, registry: SchemaRegistry): void {
  if (value === undefined) return applyRemove(document, path, registry);
  const container = containerOf(document, path.attribute, true)!;
  const attribute = path.attribute.attribute;

  if (path.filter) return writeFiltered(container, path, value, registry);
  if (attribute.multiValued && path.subAttribute) return writeSubAttributeOfAll(container, path, value);
  if (attribute.multiValued) return setAttribute(container, attribute.name, value);
  writeSingleValued(container, path, value);
}
