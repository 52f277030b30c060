import { scimErrors } from '../errors/scim-error';
import type { AttributeDefinition } from '../schemas/attribute';
import { findSubAttribute } from '../schemas/registry';
import { isPlainObject, type Json } from './document-access';
import { coerceBooleanString, unwrapSingleElementArray, wrapBareValue } from './idp-quirks';

/**
 * Checks a value against its attribute definition (RFC 7643 §2.3 data types, §2.4 multi-valued) and returns
 * it in stored form: canonical sub-attribute names, real booleans, everything else as sent; `undefined` when
 * the value means "unassigned" (`null`, `[]`, `{}`, RFC 7643 §2.5). Unknown sub-attributes are kept.
 * Throws 400 invalidValue naming the attribute.
 */
export function normalizeValue(attribute: AttributeDefinition, value: unknown, label: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (attribute.multiValued) return normalizeMultiValued(attribute, value, label);

  const single = unwrapSingleElementArray(value);
  if (Array.isArray(single)) {
    if (single.length === 0) return undefined;
    throw scimErrors.invalidValue(`Attribute '${label}' is single-valued; got an array of ${single.length} values.`);
  }
  return normalizeSingle(attribute, single, label);
}

/** One element of a multi-valued attribute, as written through a value-filtered path. */
export function normalizeElement(attribute: AttributeDefinition, value: unknown, label: string): unknown {
  return normalizeValue({ ...attribute, multiValued: false }, value, label);
}

function normalizeMultiValued(attribute: AttributeDefinition, value: unknown, label: string): unknown[] | undefined {
  // A single element where an array belongs is taken as a one-element array.
  const list = Array.isArray(value) ? value : [value];
  const elements = list.flatMap((element) => {
    const normalized = element === null ? undefined : normalizeSingle(attribute, element, label);
    return normalized === undefined ? [] : [normalized];
  });
  if (elements.length === 0) return undefined;

  const primaries = elements.filter((element) => isPlainObject(element) && element.primary === true).length;
  if (primaries > 1) {
    throw scimErrors.invalidValue(`Attribute '${label}' has ${primaries} values with primary true; at most one may be primary.`);
  }
  return elements;
}

function normalizeSingle(attribute: AttributeDefinition, value: unknown, label: string): unknown {
  if (attribute.type !== 'complex') return normalizeSimple(attribute, value, label);
  return normalizeComplex(attribute, attribute.multiValued ? value : wrapBareValue(attribute, value), label);
}

function normalizeComplex(attribute: AttributeDefinition, value: unknown, label: string): Json | undefined {
  if (!isPlainObject(value)) {
    throw scimErrors.invalidValue(`Attribute '${label}' must be an object with sub-attributes; got ${describe(value)}.`);
  }
  const result: Json = {};
  for (const [key, raw] of Object.entries(value)) {
    const sub = findSubAttribute(attribute, key);
    if (!sub) {
      result[key] = raw;
      continue;
    }
    const normalized = normalizeValue(sub, raw, `${label}.${sub.name}`);
    if (normalized !== undefined) result[sub.name] = normalized;
  }
  return Object.keys(result).length === 0 ? undefined : result;
}

function normalizeSimple(attribute: AttributeDefinition, value: unknown, label: string): unknown {
  switch (attribute.type) {
    case 'boolean': {
      const coerced = coerceBooleanString(value);
      if (typeof coerced === 'boolean') return coerced;
      throw scimErrors.invalidValue(`Attribute '${label}' must be a boolean (true or false); got ${describe(value)}.`);
    }
    case 'integer':
      if (Number.isInteger(value)) return value;
      throw scimErrors.invalidValue(`Attribute '${label}' must be an integer; got ${describe(value)}.`);
    case 'decimal':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw scimErrors.invalidValue(`Attribute '${label}' must be a number; got ${describe(value)}.`);
    case 'dateTime':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
      throw scimErrors.invalidValue(`Attribute '${label}' must be an xsd:dateTime string such as 2024-01-31T12:00:00Z; got ${describe(value)}.`);
    default:
      if (typeof value === 'string') return value;
      throw scimErrors.invalidValue(`Attribute '${label}' must be a string; got ${describe(value)}.`);
  }
}

/** The kind of value sent, never the value: it may be a password (a PATCH of `password` with a number). */
function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isPlainObject(value)) return 'an object';
  return typeof value === 'number' || typeof value === 'boolean' ? `a ${typeof value}` : 'a string';
}
