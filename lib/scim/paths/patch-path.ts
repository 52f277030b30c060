import { scimErrors } from '../errors/scim-error';
import type { FilterNode } from '../filter/ast';
import { parseFilter } from '../filter/parse';
import type { AttributeDefinition } from '../schemas/attribute';
import { findSubAttribute, type ResolvedPath, type SchemaRegistry } from '../schemas/registry';
import { memoPerRegistry } from '../schemas/registry-memo';
import { parseAttributePath } from './attribute-path';

/**
 * A resolved PATCH path. `attribute` is the top-level attribute (its `subAttribute` unset); `filter` selects
 * elements of a multi-valued attribute; `subAttribute` is the part after the dot or after the brackets.
 * `schema` is a whole extension (`urn:…:enterprise:2.0:User`) as the target.
 */
export type PatchPath =
  | { kind: 'attribute'; text: string; attribute: ResolvedPath; filter?: FilterNode; subAttribute?: AttributeDefinition }
  | { kind: 'schema'; text: string; schemaUrn: string };

/** IdPs send the same few paths in every PATCH, and field mapping reads the same few on every write. */
const parsedPaths = memoPerRegistry<PatchPath>(1024);

/**
 * Parses and resolves the PATCH path grammar of RFC 7644 §3.5.2: `PATH = attrPath / valuePath [subAttr]`,
 * e.g. `name.givenName`, `emails[type eq "work"].value`, `members[value eq "…"]`, URN-prefixed forms.
 * Throws 400 invalidPath for an unknown attribute or a malformed path, invalidFilter for a bad value filter.
 * Each path is parsed once per registry; the result is shared, so callers only read it.
 */
export function parsePatchPath(text: string, registry: SchemaRegistry): PatchPath {
  return parsedPaths(registry, text, () => parseUncached(text, registry));
}

function parseUncached(text: string, registry: SchemaRegistry): PatchPath {
  const trimmed = text.trim();
  const schema = registry.schema(trimmed);
  if (schema && schema !== registry.core) return { kind: 'schema', text, schemaUrn: schema.id };

  const open = trimmed.indexOf('[');
  if (open === -1) {
    const { subAttribute, ...resolved } = resolveOrThrow(trimmed, registry, text);
    const attribute = { ...resolved, leaf: resolved.attribute };
    return { kind: 'attribute', text, attribute, ...(subAttribute ? { subAttribute } : {}) };
  }

  const close = closingBracket(trimmed, open);
  if (close === -1) throw scimErrors.invalidPath(`path "${text}": the value filter opened by '[' is never closed with ']'.`);
  const attribute = resolveOrThrow(trimmed.slice(0, open), registry, text);
  if (attribute.subAttribute) {
    throw scimErrors.invalidPath(`path "${text}": a value filter applies to an attribute, not to a sub-attribute.`);
  }
  if (!attribute.attribute.multiValued || attribute.attribute.type !== 'complex') {
    throw scimErrors.invalidPath(`path "${text}": '${attribute.attribute.name}' is not a multi-valued complex attribute, so it takes no value filter.`);
  }
  const filter = parseFilter(trimmed.slice(open + 1, close));
  checkFilterNames(filter, attribute.attribute, text);

  const rest = trimmed.slice(close + 1);
  if (rest === '') return { kind: 'attribute', text, attribute, filter };
  const subName = rest.startsWith('.') ? rest.slice(1) : undefined;
  const subAttribute = subName ? findSubAttribute(attribute.attribute, subName) : undefined;
  if (!subAttribute) {
    throw scimErrors.invalidPath(
      subName
        ? `path "${text}": '${subName}' is not a sub-attribute of '${attribute.attribute.name}'.`
        : `path "${text}": only '.subAttribute' may follow the closing ']'.`,
    );
  }
  return { kind: 'attribute', text, attribute, filter, subAttribute };
}

function resolveOrThrow(attributeText: string, registry: SchemaRegistry, text: string): ResolvedPath {
  const resolved = registry.resolve(parseAttributePath(attributeText));
  if (!resolved) {
    throw scimErrors.invalidPath(`path "${text}": '${attributeText}' is not an attribute of the ${registry.resourceType} resource.`);
  }
  return resolved;
}

/** Names inside the brackets are sub-attributes of the filtered attribute (RFC 7644 §3.4.2.2 valFilter). */
function checkFilterNames(filter: FilterNode, parent: AttributeDefinition, text: string): void {
  switch (filter.kind) {
    case 'and':
    case 'or':
      checkFilterNames(filter.left, parent, text);
      checkFilterNames(filter.right, parent, text);
      return;
    case 'not':
      checkFilterNames(filter.filter, parent, text);
      return;
    case 'valuePath':
      throw scimErrors.invalidFilter(`path "${text}": value filters cannot be nested.`);
    default:
      if (filter.path.schema === undefined && filter.path.subAttribute === undefined && findSubAttribute(parent, filter.path.attribute)) {
        return;
      }
      throw scimErrors.invalidPath(`path "${text}": '${filter.path.attribute}' in the value filter is not a sub-attribute of '${parent.name}'.`);
  }
}

/** Index of the ']' closing the '[' at `open`, skipping brackets inside quoted filter values. */
function closingBracket(text: string, open: number): number {
  let inString = false;
  for (let index = open + 1; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === ']') return index;
  }
  return -1;
}
