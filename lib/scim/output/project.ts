import { isPlainObject, type Json } from '../patch/document-access';
import { tryParseAttributePath } from '../paths/attribute-path';
import type { AttributeDefinition } from '../schemas/attribute';
import { findSubAttribute, type SchemaRegistry } from '../schemas/registry';
import { memoPerRegistry } from '../schemas/registry-memo';

export type ProjectionOptions = { attributes?: string[]; excludedAttributes?: string[] };

/** Named attributes, keyed `<schema urn>|<attribute>` in lower case; a named schema URN stands for all of it. */
type Selection = { schemas: Set<string>; attributes: Set<string>; subAttributes: Map<string, Set<string>> };
type Decision = { keep: false } | { keep: true; only?: Set<string>; without?: Set<string> };

/**
 * Applies `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9) honouring each attribute's `returned`
 * (RFC 7643 §7): `always` is kept, `never` dropped, `request` only when named, `default` unless excluded or
 * not among the named. Names are case-insensitive and may be URN-qualified; unknown names select nothing.
 */
export function projectResource(resource: Record<string, unknown>, registry: SchemaRegistry, options: ProjectionOptions): Record<string, unknown> {
  const include = selectionOf(options.attributes, registry);
  const exclude = selectionOf(options.excludedAttributes, registry);
  const hasSelection = include !== undefined || exclude !== undefined;
  const plansOf = (schemaUrn: string) => (hasSelection ? undefined : plansPerSchema(registry, schemaUrn, newPlanMap));
  const corePlans = plansOf(registry.core.id);
  const result: Json = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'schemas') {
      result[key] = value;
      continue;
    }
    const extension = registry.schema(key);
    if (extension && extension !== registry.core && isPlainObject(value)) {
      const projected: Json = {};
      const plans = plansOf(extension.id);
      for (const [name, inner] of Object.entries(value)) projectEntry(projected, name, inner, extension.id, registry, plans, include, exclude);
      if (Object.keys(projected).length > 0) result[key] = projected;
      continue;
    }
    projectEntry(result, key, value, registry.core.id, registry, corePlans, include, exclude);
  }
  return result;
}

/** Whether a top-level attribute (e.g. `members`) appears in the projected resource, so callers can skip loading it. */
export function isAttributeReturned(path: string, registry: SchemaRegistry, options: ProjectionOptions): boolean {
  const parsed = tryParseAttributePath(path);
  const resolved = 'problem' in parsed ? undefined : registry.resolve({ schema: parsed.schema, attribute: parsed.attribute });
  if (!resolved) return false;
  const include = selectionOf(options.attributes, registry);
  const exclude = selectionOf(options.excludedAttributes, registry);
  return decide(resolved.schemaUrn, resolved.attribute.name, resolved.attribute, include, exclude).keep;
}

type KeyPlan = { definition: AttributeDefinition | undefined; decision: Decision };
type PlanMap = Map<string, KeyPlan>;

/**
 * Without `attributes` / `excludedAttributes` (nearly every request) what to do with an attribute key depends on the
 * schema alone, so it is worked out once per registry, schema and key. A resource looks its schemas' maps up once and
 * each key in them by the key itself: no key string is built per attribute.
 */
const plansPerSchema = memoPerRegistry<PlanMap>(64);
const newPlanMap = (): PlanMap => new Map();

/** Bounded: stored documents may carry keys no schema has. */
const MAX_PLANS_PER_SCHEMA = 512;

function planFor(key: string, schemaUrn: string, registry: SchemaRegistry, plans: PlanMap | undefined, include?: Selection, exclude?: Selection): KeyPlan {
  const known = plans?.get(key);
  if (known) return known;
  const definition = registry.resolve({ schema: schemaUrn, attribute: key })?.attribute;
  const plan = { definition, decision: decide(schemaUrn, definition?.name ?? key, definition, include, exclude) };
  if (plans && plans.size < MAX_PLANS_PER_SCHEMA) plans.set(key, plan);
  return plan;
}

function projectEntry(
  target: Json,
  key: string,
  value: unknown,
  schemaUrn: string,
  registry: SchemaRegistry,
  plans: PlanMap | undefined,
  include?: Selection,
  exclude?: Selection,
): void {
  const { definition, decision } = planFor(key, schemaUrn, registry, plans, include, exclude);
  if (!decision.keep) return;
  const shaped = definition?.type === 'complex' ? shapeComplex(value, definition, decision) : value;
  if (shaped !== undefined) target[key] = shaped;
}

function decide(schemaUrn: string, name: string, definition: AttributeDefinition | undefined, include?: Selection, exclude?: Selection): Decision {
  const returned = definition?.returned ?? 'default';
  if (returned === 'never') return { keep: false };
  if (returned === 'always') return { keep: true };

  const urn = schemaUrn.toLowerCase();
  const key = `${urn}|${name.toLowerCase()}`;
  let only: Set<string> | undefined;
  if (include) {
    only = include.subAttributes.get(key);
    const isNamed = include.schemas.has(urn) || include.attributes.has(key);
    if (!isNamed && !only) return { keep: false };
    if (isNamed) only = undefined;
  } else if (returned === 'request') {
    return { keep: false };
  }
  if (exclude && (exclude.schemas.has(urn) || exclude.attributes.has(key))) return { keep: false };
  return { keep: true, only, without: exclude?.subAttributes.get(key) };
}

const keepsEverySubAttribute = new WeakMap<AttributeDefinition, boolean>();

/** Whether nothing of a complex attribute's value is dropped without a selection: no sub-attribute is `never` or `request`. */
function hasOnlyReturnedSubAttributes(definition: AttributeDefinition): boolean {
  let keepsAll = keepsEverySubAttribute.get(definition);
  if (keepsAll === undefined) {
    keepsAll = (definition.subAttributes ?? []).every((sub) => sub.returned !== 'never' && sub.returned !== 'request');
    keepsEverySubAttribute.set(definition, keepsAll);
  }
  return keepsAll;
}

function isEmptyObject(element: unknown): boolean {
  if (!isPlainObject(element)) return false;
  for (const key in element) if (Object.hasOwn(element, key)) return false;
  return true;
}

function shapeComplex(value: unknown, definition: AttributeDefinition, decision: Extract<Decision, { keep: true }>): unknown {
  // Nearly every response: no selection, and a definition that returns all it holds, so elements are kept as they are.
  const keepsElements = !decision.only && !decision.without && hasOnlyReturnedSubAttributes(definition);
  const pick = (element: unknown) => (!keepsElements && isPlainObject(element) ? pickSubAttributes(element, definition, decision) : element);
  if (!Array.isArray(value)) {
    const picked = pick(value);
    return isEmptyObject(picked) ? undefined : picked;
  }
  const elements = value.map(pick).filter((element) => !isEmptyObject(element));
  return elements.length > 0 ? elements : undefined;
}

function pickSubAttributes(element: Json, definition: AttributeDefinition, decision: Extract<Decision, { keep: true }>): Json {
  const result: Json = {};
  for (const [key, value] of Object.entries(element)) {
    const sub = findSubAttribute(definition, key);
    const returned = sub?.returned ?? 'default';
    const name = (sub?.name ?? key).toLowerCase();
    if (returned === 'never') continue;
    const isNamed = decision.only?.has(name) ?? false;
    const isWanted = returned === 'always' || ((!decision.only || isNamed) && (returned !== 'request' || isNamed) && !decision.without?.has(name));
    if (isWanted) result[key] = value;
  }
  return result;
}

function selectionOf(names: string[] | undefined, registry: SchemaRegistry): Selection | undefined {
  if (!names || names.length === 0) return undefined;
  const selection: Selection = { schemas: new Set(), attributes: new Set(), subAttributes: new Map() };
  for (const name of names.map((entry) => entry.trim()).filter(Boolean)) {
    const schema = registry.schema(name);
    if (schema) {
      selection.schemas.add(schema.id.toLowerCase());
      continue;
    }
    const path = tryParseAttributePath(name);
    if ('problem' in path) continue;
    const resolved = registry.resolve({ schema: path.schema, attribute: path.attribute });
    const key = `${(resolved?.schemaUrn ?? path.schema ?? registry.core.id).toLowerCase()}|${(resolved?.attribute.name ?? path.attribute).toLowerCase()}`;
    if (path.subAttribute === undefined) {
      selection.attributes.add(key);
      continue;
    }
    const subs = selection.subAttributes.get(key) ?? new Set<string>();
    const sub = resolved ? findSubAttribute(resolved.attribute, path.subAttribute) : undefined;
    subs.add((sub?.name ?? path.subAttribute).toLowerCase());
    selection.subAttributes.set(key, subs);
  }
  return selection;
}
