import { sql, type SQL } from 'drizzle-orm';
import { scimErrors } from '../errors/scim-error';
import { formatAttributePath } from '../paths/attribute-path';
import { findSubAttribute, type ResolvedPath, type SchemaRegistry } from '../schemas/registry';
import type { AttributeDefinition } from '../schemas/attribute';
import type { AttributePath, CompareOperator, FilterNode } from './ast';
import { escapeLike } from './like-pattern';
import { comparisonOperand, comparisonTarget, DATE_TIME_PATTERN, resolveFilterPath, validateFilter, type Operand } from './validate';

/**
 * Where the compiler reads an attribute. `column(path)` answers for a resolved path: `scalar` is a typed SQL
 * expression holding the path's value (text, boolean, timestamptz; uuid columns cast to text); `json` is a
 * jsonb expression holding the path's top-level attribute as it would sit in the document (Group `members`
 * from the membership table); `undefined` reads it from `document` (extensions under `document-><urn>`).
 */
export type ColumnResolver = {
  document: SQL;
  column(path: ResolvedPath): { kind: 'scalar'; sql: SQL } | { kind: 'json'; sql: SQL } | undefined;
};

/** One value, readable as each SCIM type; json-backed readers yield NULL for a stored value of another type. */
type Reader = { text: SQL; boolean: SQL; number: SQL; time: SQL; present: SQL };
type Location = { kind: 'one'; reader: Reader } | { kind: 'many'; array: SQL; element: (e: SQL) => Reader };
type Scope = { registry: SchemaRegistry; resolver: ColumnResolver; element?: { sql: SQL; parent: ResolvedPath } };

const ORDER: Record<string, string> = { eq: '=', gt: '>', ge: '>=', lt: '<', le: '<=' };
const ELEMENT = sql`e`;

/**
 * Compiles a filter (RFC 7644 §3.4.2.2) to a drizzle SQL condition with every value bound as a parameter.
 * Multi-valued attributes become `exists (… jsonb_array_elements …)` so a value path holds for one element;
 * caseExact=false strings compare through lower(), which lets `userName eq` use the lower(user_name) index.
 */
export function filterToSql(node: FilterNode, registry: SchemaRegistry, resolver: ColumnResolver): SQL {
  validateFilter(node, registry);
  return compile(node, { registry, resolver });
}

/** The ORDER BY expression for `sortBy` (RFC 7644 §3.4.2.3); a multi-valued attribute sorts by its primary or first value. */
export function sortToSql(path: AttributePath, registry: SchemaRegistry, resolver: ColumnResolver): SQL {
  const resolved = registry.resolve(path);
  if (!resolved) throw scimErrors.invalidValue(`sortBy: unknown attribute '${formatAttributePath(path)}'`);
  const target = comparisonTarget(resolved);
  if (target.leaf.type === 'complex') {
    throw scimErrors.invalidValue(`sortBy: '${formatAttributePath(path)}' is a complex attribute; sort by one of its sub-attributes`);
  }
  const location = locate(target, { registry, resolver });
  if (location.kind === 'one') return sortKey(location.reader, target.leaf);
  const primary = findSubAttribute(target.attribute, 'primary');
  const primaryFirst = primary ? sql`coalesce(lower(${ELEMENT}->>${primary.name}::text) = 'true', false) desc, ` : sql``;
  const key = sortKey(location.element(ELEMENT), target.leaf);
  return sql`(select ${key} from jsonb_array_elements(${location.array}) with ordinality as el(e, n) order by ${primaryFirst}n limit 1)`;
}

function compile(node: FilterNode, scope: Scope): SQL {
  switch (node.kind) {
    case 'and':
      return sql`(${compile(node.left, scope)} and ${compile(node.right, scope)})`;
    case 'or':
      return sql`(${compile(node.left, scope)} or ${compile(node.right, scope)})`;
    case 'not':
      // SQL's NULL would make `not` drop rows whose attribute is absent; the evaluator counts those as false.
      return sql`not coalesce(${compile(node.filter, scope)}, false)`;
    case 'present':
      return presentSql(locate(resolve(node, scope), scope));
    case 'compare': {
      const target = comparisonTarget(resolve(node, scope));
      const operand = comparisonOperand(node, target);
      const location = locate(target, scope);
      if (operand.type === 'null') return node.op === 'eq' ? sql`not ${presentSql(location)}` : presentSql(location);
      return compareSql(location, node.op, operand);
    }
    case 'valuePath': {
      const outer = resolve(node, scope);
      const array = attributeArray(outer, scope);
      const inner = compile(node.filter, { ...scope, element: { sql: ELEMENT, parent: outer } });
      return sql`exists (select 1 from jsonb_array_elements(${array}) as e where ${inner})`;
    }
  }
}

function resolve(node: Extract<FilterNode, { path: unknown }>, scope: Scope): ResolvedPath {
  return resolveFilterPath(node, scope.registry, scope.element?.parent);
}

function locate(resolved: ResolvedPath, scope: Scope): Location {
  if (scope.element) return { kind: 'one', reader: jsonReader(scope.element.sql, resolved.subAttribute?.name) };
  const column = scope.resolver.column(resolved);
  if (column?.kind === 'scalar') return { kind: 'one', reader: scalarReader(column.sql) };
  const sub = resolved.subAttribute?.name;
  if (resolved.attribute.multiValued) {
    return { kind: 'many', array: attributeArray(resolved, scope), element: (e) => jsonReader(e, sub) };
  }
  if (column?.kind === 'json') return { kind: 'one', reader: jsonReader(column.sql, sub) };
  if (sub === undefined) return { kind: 'one', reader: jsonReader(container(resolved, scope), resolved.attribute.name) };
  return { kind: 'one', reader: jsonReader(sql`${container(resolved, scope)}->${resolved.attribute.name}::text`, sub) };
}

function container(resolved: ResolvedPath, scope: Scope): SQL {
  const document = scope.resolver.document;
  return resolved.isExtension ? sql`(${document}->${resolved.schemaUrn}::text)` : document;
}

/** The attribute's elements as a jsonb array, never an error for jsonb_array_elements. */
function attributeArray(resolved: ResolvedPath, scope: Scope): SQL {
  const column = scope.resolver.column({ ...resolved, subAttribute: undefined, leaf: resolved.attribute });
  // A resolver's expression may be a costly subquery (group members): evaluate it once.
  if (column?.kind === 'json') return sql`(select ${asArray(sql`a.v`)} from (select ${column.sql} as v) as a)`;
  return asArray(sql`${container(resolved, scope)}->${resolved.attribute.name}::text`);
}

/** A lone object is one element and anything else none, as in evaluate.ts. */
function asArray(json: SQL): SQL {
  return sql`(case jsonb_typeof(${json}) when 'array' then ${json} when 'object' then jsonb_build_array(${json}) else '[]'::jsonb end)`;
}

/** Reads `parent->key` (or `parent` itself) from jsonb, guarding every cast so stored values never raise errors. */
function jsonReader(parent: SQL, key: string | undefined): Reader {
  const json = key === undefined ? parent : sql`${parent}->${key}::text`;
  const text = key === undefined ? sql`(${parent} #>> '{}')` : sql`${parent}->>${key}::text`;
  return {
    text,
    boolean: sql`(case lower(${text}) when 'true' then true when 'false' then false end)`,
    number: sql`(case jsonb_typeof(${json}) when 'number' then (${json})::numeric end)`,
    time: sql`(case when ${text} ~ ${DATE_TIME_PATTERN}::text then (${text})::timestamptz end)`,
    present: sql`coalesce(${json} not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb, '{}'::jsonb), false)`,
  };
}

function scalarReader(column: SQL): Reader {
  return {
    text: sql`${column}::text`,
    boolean: column,
    number: column,
    time: column,
    present: sql`(${column} is not null and ${column}::text <> '')`,
  };
}

function presentSql(location: Location): SQL {
  if (location.kind === 'one') return location.reader.present;
  return sql`exists (select 1 from jsonb_array_elements(${location.array}) as e where ${location.element(ELEMENT).present})`;
}

function compareSql(location: Location, op: CompareOperator, operand: Exclude<Operand, { type: 'null' }>): SQL {
  if (location.kind === 'one') {
    return op === 'ne' ? sql`not coalesce(${condition(location.reader, 'eq', operand)}, false)` : condition(location.reader, op, operand);
  }
  const reader = location.element(ELEMENT);
  const elements = sql`jsonb_array_elements(${location.array}) as e`;
  if (op !== 'ne') return sql`exists (select 1 from ${elements} where ${condition(reader, op, operand)})`;
  // RFC 7644 §3.4.2.2: a multi-valued attribute matches when any value does, so `ne` needs one differing value.
  const differs = sql`${reader.text} is not null and not coalesce(${condition(reader, 'eq', operand)}, false)`;
  return sql`(not exists (select 1 from ${elements} where ${reader.text} is not null) or exists (select 1 from ${elements} where ${differs}))`;
}

function condition(reader: Reader, op: CompareOperator, operand: Exclude<Operand, { type: 'null' }>): SQL {
  if (operand.type === 'boolean') return sql`${reader.boolean} = ${operand.value}`;
  if (operand.type === 'number') return sql`${reader.number} ${sql.raw(ORDER[op])} ${operand.value}::numeric`;
  if (operand.type === 'dateTime') return sql`${reader.time} ${sql.raw(ORDER[op])} ${operand.value}::timestamptz`;
  const fold = (expression: SQL) => (operand.caseExact ? expression : sql`lower(${expression})`);
  if (op === 'co' || op === 'sw' || op === 'ew') {
    const escaped = escapeLike(operand.value);
    const pattern = `${op === 'sw' ? '' : '%'}${escaped}${op === 'ew' ? '' : '%'}`;
    return sql`${fold(reader.text)} like ${fold(sql`${pattern}::text`)}`;
  }
  return sql`${fold(reader.text)} ${sql.raw(ORDER[op])} ${fold(sql`${operand.value}::text`)}`;
}

function sortKey(reader: Reader, leaf: AttributeDefinition): SQL {
  if (leaf.type === 'boolean') return reader.boolean;
  if (leaf.type === 'integer' || leaf.type === 'decimal') return reader.number;
  if (leaf.type === 'dateTime') return reader.time;
  return leaf.caseExact || leaf.type === 'binary' ? reader.text : sql`lower(${reader.text})`;
}
