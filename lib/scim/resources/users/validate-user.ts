import type { SchemaRegistry } from '../../schemas/registry';
import { validateResource, type ValidationMode } from '../validate-resource';

/**
 * Validates a User body for POST (RFC 7644 §3.3) or PUT (§3.5.1) and returns the canonical document to store:
 * `userName` required; "True"/"False" accepted for booleans (Entra, IDP-QUIRKS #1/#15); `manager` as a bare id
 * stored as `{ value }` (Entra, IDP-QUIRKS #15); `null`/`[]` unassigned (Entra's `"roles": []`); unknown
 * attributes kept. `id`, `meta` and non-empty `groups` follow RFC 7643 mutability (400 mutability).
 */
export function validateUserResource(body: unknown, registry: SchemaRegistry, mode: ValidationMode): Record<string, unknown> {
  return validateResource(body, registry, mode);
}
