import { scimErrors } from '../errors/scim-error';
import { formatAttributePath } from '../paths/attribute-path';
import { findSubAttribute, type ResolvedPath, type SchemaRegistry } from '../schemas/registry';
import type { CompareOperator, FilterNode } from './ast';
import { filterPosition } from './parse';

type PathNode = Extract<FilterNode, { path: unknown }>;
type CompareNode = Extract<FilterNode, { kind: 'compare' }>;

/** A filter value checked against its attribute's type and made ready to compare (RFC 7644 §3.4.2.2). */
export type Operand =
  | { type: 'string'; value: string; caseExact: boolean }
  | { type: 'boolean'; value: boolean }
  | { type: 'number'; value: number }
  | { type: 'dateTime'; value: string; time: number }
  | { type: 'null' };

/**
 * xsd:dateTime (RFC 7643 §2.3.5) with real calendar dates, so that PostgreSQL can cast every text that
 * matches it: the SQL compiler guards its casts with the same pattern and never fails on stored text.
 */
export const DATE_TIME_PATTERN =
  '^(?:[1-9][0-9]{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))' +
  '|(?:[1-9][0-9](?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)' +
  'T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])?$';
const DATE_TIME = new RegExp(DATE_TIME_PATTERN);

const ORDERING: ReadonlySet<CompareOperator> = new Set(['gt', 'ge', 'lt', 'le']);
const SUBSTRING: ReadonlySet<CompareOperator> = new Set(['co', 'sw', 'ew']);

/** Checks every attribute of a filter against the registry and every operator against its type (RFC 7644 §3.4.2.2). */
export function validateFilter(node: FilterNode, registry: SchemaRegistry): void {
  check(node, registry, undefined);
}

/** The same for the filter inside `attr[…]`, whose names are sub-attributes of `parent` (RFC 7644 §3.4.2.2 valuePath). */
export function validateElementFilter(node: FilterNode, parent: ResolvedPath, registry: SchemaRegistry): void {
  check(node, registry, parent);
}

function check(node: FilterNode, registry: SchemaRegistry, parent: ResolvedPath | undefined): void {
  if (node.kind === 'and' || node.kind === 'or') {
    check(node.left, registry, parent);
    check(node.right, registry, parent);
  } else if (node.kind === 'not') {
    check(node.filter, registry, parent);
  } else if (node.kind === 'present') {
    resolveFilterPath(node, registry, parent);
  } else if (node.kind === 'compare') {
    comparisonOperand(node, comparisonTarget(resolveFilterPath(node, registry, parent)));
  } else {
    const outer = resolveFilterPath(node, registry, parent);
    if (outer.leaf.type !== 'complex') {
      throw invalid(`'${formatAttributePath(node.path)}' is not a complex attribute, so it takes no '[…]' filter`, node);
    }
    check(node.filter, registry, outer);
  }
}

/**
 * Resolves a filter attribute (RFC 7644 §3.10), relative to `parent` inside a value filter. An attribute the
 * registry does not define is 400 invalidFilter (RFC 7644 §3.12: "the specified attribute and filter
 * comparison combination is not supported"): answering an empty list would hide a client's typo.
 */
export function resolveFilterPath(node: PathNode, registry: SchemaRegistry, parent?: ResolvedPath): ResolvedPath {
  const { path } = node;
  if (parent === undefined) {
    const resolved = registry.resolve(path);
    if (resolved) return resolved;
    throw invalid(`unknown attribute '${formatAttributePath(path)}'`, node, extensionHint(path.attribute, registry));
  }
  const sameSchema = path.schema === undefined || path.schema.toLowerCase() === parent.schemaUrn.toLowerCase();
  const resolved =
    sameSchema && path.subAttribute === undefined
      ? registry.resolve({ schema: parent.schemaUrn, attribute: parent.attribute.name, subAttribute: path.attribute })
      : undefined;
  if (resolved) return resolved;
  throw invalid(`'${formatAttributePath(path)}' is not a sub-attribute of '${parent.attribute.name}'`, node);
}

/** RFC 7644 §3.4.2.2 compares a complex attribute without a sub-attribute (`emails co "x"`) through its `value`. */
export function comparisonTarget(resolved: ResolvedPath): ResolvedPath {
  if (resolved.leaf.type !== 'complex' || resolved.subAttribute !== undefined) return resolved;
  const value = findSubAttribute(resolved.attribute, 'value');
  return value ? { ...resolved, subAttribute: value, leaf: value } : resolved;
}

/** Checks an operator and value against the attribute's type (RFC 7644 §3.4.2.2) and normalises the value. */
export function comparisonOperand(node: CompareNode, target: ResolvedPath): Operand {
  const { op, value } = node;
  const leaf = target.leaf;
  const name = `'${formatAttributePath(node.path)}'`;
  if (leaf.type === 'complex') {
    throw invalid(`${name} is a complex attribute: compare one of its sub-attributes, e.g. '${subAttributeExample(target)}'`, node);
  }
  if (value === null) {
    if (op === 'eq' || op === 'ne') return { type: 'null' };
    throw invalid(`'${op}' needs a value, not null`, node);
  }
  const isString = leaf.type === 'string' || leaf.type === 'reference';
  if (SUBSTRING.has(op) && !isString) throw invalid(`'${op}' applies only to string attributes; ${name} is ${leaf.type}`, node);
  if (ORDERING.has(op) && (leaf.type === 'boolean' || leaf.type === 'binary')) {
    throw invalid(`'${op}' cannot order the ${leaf.type} attribute ${name}`, node);
  }
  if (isString || leaf.type === 'binary') {
    if (typeof value !== 'string') throw invalid(`${name} is a string attribute: compare it with a quoted string`, node);
    return { type: 'string', value, caseExact: leaf.type === 'binary' || leaf.caseExact };
  }
  if (leaf.type === 'boolean') {
    // Entra sends booleans as strings, also inside filters (`roles[primary eq "True"]`): IDP-QUIRKS.md items 1 and 15.
    const text = typeof value === 'string' ? value.toLowerCase() : undefined;
    if (typeof value === 'boolean') return { type: 'boolean', value };
    if (text === 'true' || text === 'false') return { type: 'boolean', value: text === 'true' };
    throw invalid(`${name} is a boolean attribute: compare it with true or false`, node);
  }
  if (leaf.type === 'integer' || leaf.type === 'decimal') {
    if (typeof value === 'number' && (leaf.type === 'decimal' || Number.isInteger(value))) return { type: 'number', value };
    const expected = leaf.type === 'integer' ? 'an integer' : 'a decimal';
    throw invalid(`${name} is ${expected} attribute: compare it with ${leaf.type === 'integer' ? 'an integer' : 'a number'}`, node);
  }
  const time = typeof value === 'string' ? parseDateTime(value) : undefined;
  if (time === undefined) {
    throw invalid(`${name} is a dateTime attribute: compare it with a quoted xsd:dateTime such as "2024-01-31T12:00:00Z"`, node);
  }
  return { type: 'dateTime', value: new Date(time).toISOString(), time };
}

/** Milliseconds since the epoch of an RFC 7643 §2.3.5 dateTime (UTC when it has no offset), or undefined. */
export function parseDateTime(text: string): number | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  const hasOffset = text.endsWith('Z') || text.charAt(text.length - 6) === '+' || text.charAt(text.length - 6) === '-';
  return Date.parse(hasOffset ? text : `${text}Z`);
}

function subAttributeExample(target: ResolvedPath): string {
  const first = target.attribute.subAttributes?.[0]?.name ?? 'value';
  return `${target.attribute.name}.${first}`;
}

function extensionHint(attribute: string, registry: SchemaRegistry): string | undefined {
  const wanted = attribute.toLowerCase();
  const extension = registry.extensions.find((schema) => schema.attributes.some((a) => a.name.toLowerCase() === wanted));
  return extension ? `extension attributes take their schema URN, e.g. '${extension.id}:${attribute}'` : undefined;
}

function invalid(problem: string, node: FilterNode, hint?: string) {
  const position = filterPosition(node);
  const where = position === undefined ? '' : ` at position ${position}`;
  return scimErrors.invalidFilter(`filter: ${problem}${where}${hint === undefined ? '' : `; ${hint}`}`);
}
