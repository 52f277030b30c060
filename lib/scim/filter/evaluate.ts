import type { ResolvedPath, SchemaRegistry } from '../schemas/registry';
import type { CompareOperator, FilterNode } from './ast';
import {
  comparisonOperand,
  comparisonTarget,
  parseDateTime,
  resolveFilterPath,
  validateElementFilter,
  validateFilter,
  type Operand,
} from './validate';

/** Where names resolve: a whole resource, or one element of a multi-valued attribute inside `attr[…]`. */
type Scope = { registry: SchemaRegistry; resource: Record<string, unknown> } | { registry: SchemaRegistry; element: unknown; parent: ResolvedPath };

/**
 * Evaluates a filter against one resource in memory (RFC 7644 §3.4.2.2) with the same semantics as the SQL
 * compiler: caseExact from the registry, multi-valued attributes match when any value does, value paths
 * hold for one and the same element. Throws 400 invalidFilter for unknown attributes or type mismatches.
 */
export function evaluateFilter(node: FilterNode, resource: Record<string, unknown>, registry: SchemaRegistry): boolean {
  validateFilter(node, registry);
  return evaluate(node, { registry, resource });
}

/**
 * The test of whether one element of the multi-valued attribute `parent` satisfies a value filter such as
 * `emails[type eq "work"]` (RFC 7644 §3.5.2 valuePath selection); names inside are sub-attributes of `parent`. The
 * filter is checked once, here (400 invalidFilter), not once per element.
 */
export function elementMatcher(filter: FilterNode, parent: ResolvedPath, registry: SchemaRegistry): (element: unknown) => boolean {
  validateElementFilter(filter, parent, registry);
  return (element) => evaluate(filter, { registry, element, parent });
}

function evaluate(node: FilterNode, scope: Scope): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, scope) && evaluate(node.right, scope);
    case 'or':
      return evaluate(node.left, scope) || evaluate(node.right, scope);
    case 'not':
      return !evaluate(node.filter, scope);
    case 'present':
      return readValues(resolve(node, scope), scope).some(isPresent);
    case 'compare': {
      const target = comparisonTarget(resolve(node, scope));
      return compareValues(readValues(target, scope), node.op, comparisonOperand(node, target));
    }
    case 'valuePath': {
      const outer = resolve(node, scope);
      const elements = toElements(readAttribute(outer, scope));
      return elements.some((element) => evaluate(node.filter, { registry: scope.registry, element, parent: outer }));
    }
  }
}

function resolve(node: Extract<FilterNode, { path: unknown }>, scope: Scope): ResolvedPath {
  return resolveFilterPath(node, scope.registry, 'parent' in scope ? scope.parent : undefined);
}

/** The values a path points at, absent ones dropped; a multi-valued attribute contributes each element. */
function readValues(resolved: ResolvedPath, scope: Scope): unknown[] {
  if ('element' in scope) return present(valueAt(scope.element, resolved.subAttribute?.name ?? ''));
  const attribute = readAttribute(resolved, scope);
  const items = resolved.attribute.multiValued ? toElements(attribute) : [attribute];
  const sub = resolved.subAttribute?.name;
  return items.flatMap((item) => present(sub === undefined ? item : valueAt(item, sub)));
}

function readAttribute(resolved: ResolvedPath, scope: Scope): unknown {
  if ('element' in scope) return valueAt(scope.element, resolved.subAttribute?.name ?? '');
  const container = resolved.isExtension ? valueAt(scope.resource, resolved.schemaUrn) : scope.resource;
  return valueAt(container, resolved.attribute.name);
}

/** Stored documents use canonical names (CONTRACTS.md), so keys are looked up exactly, as the SQL does. */
function valueAt(container: unknown, key: string): unknown {
  return isObject(container) && Object.hasOwn(container, key) ? container[key] : undefined;
}

/** Elements of a multi-valued attribute; a lone object counts as one element, like `jsonb_build_array` in to-sql. */
function toElements(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return isObject(value) ? [value] : [];
}

function present(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : [value];
}

/** RFC 7644 §3.4.2.2 `pr`: a non-empty value, or a non-empty node for complex and multi-valued attributes. */
function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return !isObject(value) || Object.keys(value).length > 0;
}

function compareValues(values: unknown[], op: CompareOperator, operand: Operand): boolean {
  if (operand.type === 'null') return op === 'eq' ? !values.some(isPresent) : values.some(isPresent);
  // `ne` holds for an unassigned attribute and, for a multi-valued one, when any value differs (RFC 7644 §3.4.2.2).
  if (op === 'ne') return values.length === 0 || values.some((value) => !matches(value, 'eq', operand));
  return values.some((value) => matches(value, op, operand));
}

function matches(stored: unknown, op: CompareOperator, operand: Exclude<Operand, { type: 'null' }>): boolean {
  switch (operand.type) {
    case 'string': {
      const text = typeof stored === 'string' || typeof stored === 'number' || typeof stored === 'boolean' ? String(stored) : undefined;
      if (text === undefined) return false;
      const left = operand.caseExact ? text : text.toLowerCase();
      const right = operand.caseExact ? operand.value : operand.value.toLowerCase();
      if (op === 'co') return left.includes(right);
      if (op === 'sw') return left.startsWith(right);
      if (op === 'ew') return left.endsWith(right);
      return ordered(left < right ? -1 : left > right ? 1 : 0, op);
    }
    case 'boolean':
      return storedBoolean(stored) === operand.value;
    case 'number':
      return typeof stored === 'number' && ordered(Math.sign(stored - operand.value), op);
    case 'dateTime': {
      const time = typeof stored === 'string' ? parseDateTime(stored) : undefined;
      return time !== undefined && ordered(Math.sign(time - operand.time), op);
    }
  }
}

/** Entra stores and sends booleans as "True"/"False" strings (IDP-QUIRKS.md item 15); they count as booleans. */
function storedBoolean(stored: unknown): boolean | undefined {
  if (typeof stored === 'boolean') return stored;
  const text = typeof stored === 'string' ? stored.toLowerCase() : undefined;
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

function ordered(order: number, op: CompareOperator): boolean {
  if (op === 'eq') return order === 0;
  if (op === 'gt') return order > 0;
  if (op === 'ge') return order >= 0;
  if (op === 'lt') return order < 0;
  if (op === 'le') return order <= 0;
  return false;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
