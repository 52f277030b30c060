import type { FilterNode } from '../filter/ast';
import type { AttributeDefinition } from '../schemas/attribute';
import type { SchemaRegistry } from '../schemas/registry';
import { isPlainObject } from './document-access';

/*
 * Every tolerated identity-provider deviation from RFC 7643/7644, one named normaliser each. "IDP-QUIRKS #n"
 * refers to shared/IDP-QUIRKS.md; the tests named after the IdP pin each one (patch/idp-quirks-entra.test.ts,
 * patch/idp-quirks-okta.test.ts, resources/users/validate-user.test.ts, resources/groups/validate-group.test.ts). ENTRA_COMPATIBILITY is Microsoft's "Known issues and resolutions with SCIM 2.0
 * protocol compliance": https://learn.microsoft.com/entra/identity/app-provisioning/application-provisioning-config-problem-scim-compatibility
 */

/**
 * Entra ID sends booleans as the strings "True"/"False" (PATCH, and POST on some paths) unless the tenant URL
 * carries aadOptscim062020 (IDP-QUIRKS #1, #15; ENTRA_COMPATIBILITY). Any other value is returned unchanged.
 */
export function coerceBooleanString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const lowered = value.toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  return value;
}

/**
 * Entra ID sends the enterprise `manager` as a bare id string instead of `{ "value": id }` (IDP-QUIRKS #15;
 * Better Auth SCIM reference; MicrosoftDocs/azure-docs#11784). Applies to any complex attribute with a `value`.
 */
export function wrapBareValue(attribute: AttributeDefinition, value: unknown): unknown {
  const hasValue = attribute.subAttributes?.some((sub) => sub.name === 'value');
  return hasValue && typeof value === 'string' ? { value } : value;
}

/**
 * Entra ID sends single-valued complex attributes such as `manager` as a one-element array
 * (IDP-QUIRKS #15, MicrosoftDocs/azure-docs#11784); the element is the value.
 */
export function unwrapSingleElementArray(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

export type PathlessEntry = { path: string; value: unknown; isEchoedId: boolean };

/**
 * Splits the value of a path-less add/replace into one entry per attribute path (RFC 7644 §3.5.2.1/§3.5.2.3).
 * Entra ID writes keys as dotted (`name.givenName`) or URN-qualified attribute paths
 * (`urn:…:enterprise:2.0:User:employeeNumber`) instead of nested objects (IDP-QUIRKS #4, ENTRA_COMPATIBILITY);
 * both become paths, as do nested extension objects. Okta repeats the read-only `id` in a group rename
 * (IDP-QUIRKS #12, https://developer.okta.com/docs/reference/scim/scim-20/): it is marked for a check against
 * the resource id instead of being written. `schemas` in the value describes the envelope and is skipped.
 */
export function expandPathlessValue(value: Record<string, unknown>, registry: SchemaRegistry): PathlessEntry[] {
  const entries: PathlessEntry[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue;
    const schema = registry.schema(key);
    if (schema && isPlainObject(inner)) {
      for (const [subKey, subValue] of Object.entries(inner)) {
        entries.push({ path: `${schema.id}:${subKey}`, value: subValue, isEchoedId: false });
      }
      continue;
    }
    entries.push({ path: key, value: inner, isEchoedId: key.toLowerCase() === 'id' });
  }
  return entries;
}

/**
 * Entra ID removes group members with `path: "members"` and the members to remove in `value` (without the
 * aadOptscim062020 flag); a literal reading removes every member (IDP-QUIRKS #3, ENTRA_COMPATIBILITY,
 * MicrosoftDocs/azure-docs#30826). The listed elements become the equivalent value filter
 * `members[value eq "a" or value eq "b"]`, balanced so that thousands of members do not nest deeply.
 * Returns undefined when no element has a simple sub-attribute to match on.
 */
export function valueListToFilter(elements: unknown[]): FilterNode | undefined {
  const conditions = elements.flatMap((element) => {
    const condition = elementCondition(element);
    return condition ? [condition] : [];
  });
  return balancedOr(conditions);
}

/** An element is identified by its `value` when it has one (a member by its id), else by all its simple parts. */
function elementCondition(element: unknown): FilterNode | undefined {
  if (!isPlainObject(element)) return undefined;
  const parts = 'value' in element ? { value: element.value } : element;
  const compares: FilterNode[] = [];
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    compares.push({ kind: 'compare', path: { attribute: name }, op: 'eq', value });
  }
  return compares.reduce<FilterNode | undefined>(
    (left, right) => (left ? { kind: 'and', left, right } : right),
    undefined,
  );
}

function balancedOr(nodes: FilterNode[]): FilterNode | undefined {
  if (nodes.length <= 1) return nodes[0];
  const middle = Math.floor(nodes.length / 2);
  return { kind: 'or', left: balancedOr(nodes.slice(0, middle))!, right: balancedOr(nodes.slice(middle))! };
}

/**
 * Entra ID sends `replace`/`add` on `emails[type eq "work"].value`, `addresses[type eq "work"].formatted` or
 * `phoneNumbers[type eq "mobile"].value` for users that have no such element yet; failing with noTarget loses
 * the whole atomic PATCH, deactivation included (IDP-QUIRKS #5: Better Auth SCIM reference,
 * gravitee-io/gravitee-access-management#4408, MS Q&A 5746233). The new element is seeded with the filter's
 * `eq` conditions (joined by `and`); any other filter describes no element and gives undefined.
 */
export function seedElementFromFilter(filter: FilterNode): Record<string, unknown> | undefined {
  if (filter.kind === 'compare') {
    const isSeed = filter.op === 'eq' && filter.path.schema === undefined && filter.path.subAttribute === undefined;
    return isSeed ? { [filter.path.attribute]: filter.value } : undefined;
  }
  if (filter.kind !== 'and') return undefined;
  const left = seedElementFromFilter(filter.left);
  const right = seedElementFromFilter(filter.right);
  return left && right ? { ...left, ...right } : undefined;
}
