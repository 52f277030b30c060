import { memberIds } from '../../patch/members-delta';
import { getAttribute, isPlainObject } from '../../patch/document-access';
import type { SchemaRegistry } from '../../schemas/registry';
import { validateResource, type ValidationMode } from '../validate-resource';

/**
 * Validates a Group body for POST (RFC 7644 §3.3) or PUT (§3.5.1). Members are stored apart from the document:
 * `memberIds` lists their ids once each, `undefined` when the body has no `members`, `[]` when it is `null`
 * or empty. Extra schema URNs such as Entra's legacy ADSCIM one are
 * tolerated (IDP-QUIRKS #15). Whether the ids exist is the store's check.
 */
export function validateGroupResource(
  body: unknown,
  registry: SchemaRegistry,
  mode: ValidationMode,
): { document: Record<string, unknown>; memberIds: string[] | undefined } {
  const { members, ...document } = validateResource(body, registry, mode);
  const isSent = isPlainObject(body) && getAttribute(body, 'members') !== undefined;
  return { document, memberIds: isSent ? [...new Set(memberIds(members, 'members'))] : undefined };
}
