import { BUILTIN_FIELD_NAMES } from './builtin-fields';

/**
 * Why a machine name cannot be registered, phrased as the fix; null when it can. Machine names are
 * `^[a-z][a-z0-9_]{1,62}$` (they are also attribute names in Roster's SCIM extension and SAML mappings).
 * Uniqueness against registered fields is the database's job.
 */
export function validateMachineName(name: string): string | null {
  if (name === '') return 'Enter a machine name, for example cost_center.';
  if (!/^[a-z]/.test(name)) return `"${name}" must start with a lowercase letter (for example cost_center).`;
  if (/[^a-z0-9_]/.test(name)) return `"${name}" may contain only lowercase letters, digits and underscores (for example cost_center).`;
  if (name.length < 2) return `"${name}" is too short: use at least 2 characters.`;
  if (name.length > 63) return `"${name.slice(0, 20)}…" is too long: use at most 63 characters.`;
  if (BUILTIN_FIELD_NAMES.has(name)) return `"${name}" is a built-in field; choose another machine name.`;
  return null;
}
