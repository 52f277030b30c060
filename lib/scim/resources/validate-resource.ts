import { scimErrors } from '../errors/scim-error';
import { getAttribute, isBlankValue, isPlainObject, listSchema, type Json } from '../patch/document-access';
import { normalizeValue } from '../patch/normalize-value';
import type { AttributeDefinition } from '../schemas/attribute';
import { isCommonAttribute } from '../schemas/common-attributes';
import type { SchemaRegistry } from '../schemas/registry';

export type ValidationMode = { kind: 'create' } | { kind: 'replace'; id: string };

/**
 * Checks a POST (RFC 7644 §3.3) or PUT (§3.5.1) body against the registry and returns the document to store:
 * canonical attribute names, values in stored form (`null`/`[]` unassigned), unknown attributes kept as sent,
 * `id`/`meta` removed. Throws 400 invalidSyntax for the envelope, invalidValue for a bad value or a missing
 * required attribute, mutability for a read-only attribute the request tries to set.
 */
export function validateResource(body: unknown, registry: SchemaRegistry, mode: ValidationMode): Json {
  const kind = registry.resourceType;
  if (!isPlainObject(body)) throw scimErrors.invalidSyntax(`The request body must be a JSON object holding a ${kind}.`);
  const document: Json = { schemas: canonicalSchemas(getAttribute(body, 'schemas'), registry) };

  for (const [key, raw] of Object.entries(body)) {
    if (key.toLowerCase() === 'schemas') continue;
    const extension = registry.schema(key);
    if (extension && extension !== registry.core) {
      writeExtension(document, extension.id, raw, registry);
      continue;
    }
    const attribute = registry.resolve({ attribute: key })?.attribute;
    if (!attribute) document[key] = raw;
    else writeAttribute(document, attribute, raw, attribute.name, mode);
  }

  for (const attribute of registry.core.attributes) {
    if (attribute.required && isBlankValue(document[attribute.name])) {
      throw scimErrors.invalidValue(`'${attribute.name}' is required for a ${kind} and may not be empty.`);
    }
  }
  return document;
}

function canonicalSchemas(schemas: unknown, registry: SchemaRegistry): string[] {
  const coreUrn = registry.core.id;
  if (!Array.isArray(schemas) || !schemas.every((urn) => typeof urn === 'string')) {
    throw scimErrors.invalidSyntax(`'schemas' must be an array of schema URNs including "${coreUrn}".`);
  }
  // Unknown URNs (Entra's legacy `…:ADSCIM:2.0:Group`, IDP-QUIRKS #15) are kept as sent.
  const canonical = [...new Set(schemas.map((urn) => registry.schema(urn)?.id ?? urn))];
  if (!canonical.includes(coreUrn)) throw scimErrors.invalidSyntax(`'schemas' must include "${coreUrn}".`);
  return canonical;
}

function writeExtension(document: Json, urn: string, raw: unknown, registry: SchemaRegistry): void {
  if (raw === null || raw === undefined) return;
  if (!isPlainObject(raw)) throw scimErrors.invalidValue(`'${urn}' must be an object holding the extension's attributes.`);
  const extension: Json = {};
  for (const [key, value] of Object.entries(raw)) {
    const attribute = registry.resolve({ schema: urn, attribute: key })?.attribute;
    if (!attribute) extension[key] = value;
    else writeAttribute(extension, attribute, value, `${urn}:${attribute.name}`, { kind: 'create' });
  }
  if (Object.keys(extension).length === 0) return;
  document[urn] = extension;
  listSchema(document, urn);
}

function writeAttribute(target: Json, attribute: AttributeDefinition, raw: unknown, label: string, mode: ValidationMode): void {
  // RFC 7643 §3.1: the common readOnly attributes (meta) are the service provider's; a client may repeat them (Okta
  // re-sends what it read), so they are dropped before their value is even checked.
  if (attribute.mutability === 'readOnly' && !isIdentifier(attribute) && isCommonAttribute(attribute)) return;
  const value = normalizeValue(attribute, raw, label);
  // Roster signs users in through SAML; a cleartext password (RFC 7643 writeOnly) is never stored.
  if (value === undefined || attribute.mutability === 'writeOnly') return;
  if (attribute.mutability !== 'readOnly') {
    target[attribute.name] = value;
    return;
  }
  if (isIdentifier(attribute)) {
    if (mode.kind === 'replace' && value === mode.id) return;
    throw scimErrors.mutability(
      mode.kind === 'create'
        ? `'${label}' is assigned by the service provider; leave it out of the request.`
        : `'${label}' "${String(value)}" does not match the resource being replaced ("${mode.id}").`,
    );
  }
  // RFC 7644 §3.5.1: readOnly values in a replace are ignored — Okta's full-resource PUT repeats a user's `groups`
  // exactly as GET returned them; membership only changes through the Group resource.
  if (mode.kind === 'replace') return;
  throw scimErrors.mutability(`'${label}' is readOnly and cannot be set by the client.`);
}

/** The resource's own identifier (`id`): assigned by the service provider, unique on it, always returned. */
function isIdentifier(attribute: AttributeDefinition): boolean {
  return attribute.mutability === 'readOnly' && attribute.uniqueness === 'server' && attribute.returned === 'always';
}
