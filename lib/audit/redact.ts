import type { FieldChange } from '@/db/schema';

export const REDACTED = '[redacted]';

/** Keys whose value is a credential whatever it looks like (headers, SCIM `password`, hashes, API keys). */
const SECRET_KEY = /authorization|password|passwd|secret|cookie|api[-_]?key|(access|refresh|id|bearer)[-_]?token|^bearer$/i;
/** `token` alone is a credential only as a string; `{ token: { id, name } }` is an identity worth keeping. */
const TOKEN_KEY = /^token$/i;

const TEXT_RULES: [RegExp, string][] = [
  // PostgreSQL refuses NUL in text and jsonb; an event must never fail to store because of one.
  [/\u0000/g, ''],
  // Roster's own secrets anywhere in a string; the 12-character display prefix is too short to match.
  [/roster_[A-Za-z0-9_-]{16,}/g, `roster_${REDACTED}`],
  [/(authorization["']?\s*[:=]\s*["']?)(?:[A-Za-z]+\s+)?[^\s"',;]+/gi, `$1${REDACTED}`],
  // A secret-named JSON key inside text (a quoted request fragment): its value, quoted or not, up to the next delimiter.
  [
    /("(?:[\w-]*(?:password|passwd|secret|api[-_]?key|access[-_]?token|refresh[-_]?token|id[-_]?token|bearer[-_]?token)|token|authorization|cookie)"\s*:\s*)(?:"(?:[^"\\]|\\.)*"?|[^,}\]\s]+)/gi,
    `$1"${REDACTED}"`,
  ],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  [/([?&;](?:access_token|accesstoken|token|bearer|bearer_token|api_key|apikey|authorization|auth|password)=)[^&#\s]*/gi, `$1${REDACTED}`],
];

const MAX_DEPTH = 64;

function isSecretKey(key: string, value: unknown): boolean {
  if (value === null || value === undefined) return false;
  return SECRET_KEY.test(key) || (TOKEN_KEY.test(key) && typeof value === 'string');
}

/**
 * Every rule's pattern in one test. Text that none of them matches (nearly all: paths, names, ids, addresses) comes
 * back as it is, without six replacements: 0.1 µs a string instead of 1.9. Made from the rules, so it cannot fall out
 * of step with them.
 */
const ANY_RULE = new RegExp(TEXT_RULES.map(([pattern]) => pattern.source).join('|'), 'i');

/** Masks credentials that appear inside free text (error messages, paths, request summaries). */
export function redactText(text: string): string {
  if (!ANY_RULE.test(text)) return text;
  return TEXT_RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/** A deep copy of `value` with every credential masked: secret-named keys at any depth and secrets inside strings. */
export function redact<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return REDACTED as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redact(item, depth + 1)) as T;

  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    copy[key] = isSecretKey(key, child) ? REDACTED : redact(child, depth + 1);
  }
  return copy as T;
}

/** The last name in a dotted or URN-qualified field path (`urn:…:User:password` → `password`). */
function leafName(field: string): string {
  return field.split(/[.:]/).pop() ?? field;
}

/** Whether a changed field's last name reads like a credential (`urn:…:User:password`, `apiKey`). */
export function isSecretFieldName(field: string): boolean {
  return SECRET_KEY.test(leafName(field));
}

/** Field changes with the values of secret fields (a SCIM `password`, say) masked and the rest redacted deeply. */
export function redactChanges(changes: FieldChange[]): FieldChange[] {
  return changes.map((change) => {
    const isSecret = isSecretFieldName(change.field);
    const mask = (value: unknown) => (isSecret && value !== null && value !== undefined ? REDACTED : redact(value));
    return { field: redactText(change.field), old: mask(change.old), new: mask(change.new) };
  });
}
