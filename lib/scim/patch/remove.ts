import type { PatchPath } from '../paths/patch-path';
import type { SchemaRegistry } from '../schemas/registry';
import { containerOf, deleteAttribute, getAttribute, isPlainObject, removeExtension, setAttribute, type Json } from './document-access';
import { asArray, selectElements } from './multi-valued';

/**
 * RFC 7644 §3.5.2.2 remove: the attribute, a sub-attribute, or the elements a value filter selects (only their
 * sub-attribute when one is named). Removing what is not there succeeds without change, because IdPs repeat
 * removals (IDP-QUIRKS #13). Emptied complex values and arrays become unassigned.
 */
export function applyRemove(document: Json, path: PatchPath, registry: SchemaRegistry): void {
  if (path.kind === 'schema') return removeExtension(document, path.schemaUrn);

  const container = containerOf(document, path.attribute, false);
  if (!container) return;
  const attribute = path.attribute.attribute;
  const subName = path.subAttribute?.name;

  if (!attribute.multiValued) {
    const stored = getAttribute(container, attribute.name);
    if (subName && isPlainObject(stored)) {
      deleteAttribute(stored, subName);
      if (Object.keys(stored).length > 0) return;
    }
    return deleteAttribute(container, attribute.name);
  }
  if (!path.filter && !subName) return deleteAttribute(container, attribute.name);

  const elements = asArray(getAttribute(container, attribute.name));
  const selected = new Set<unknown>(path.filter ? selectElements(elements, path.filter, path, registry) : elements);
  const remaining = elements.flatMap((element) => {
    if (!selected.has(element)) return [element];
    if (!subName || !isPlainObject(element)) return [];
    deleteAttribute(element, subName);
    return Object.keys(element).length > 0 ? [element] : [];
  });
  if (remaining.length === 0) deleteAttribute(container, attribute.name);
  else setAttribute(container, attribute.name, remaining);
}
