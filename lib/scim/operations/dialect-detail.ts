import { detectIdpDialect } from '../patch/detect-idp-dialect';
import type { SchemaRegistry } from '../schemas/registry';

/**
 * `{ idpDialect }` for a PATCH audit event when Entra used its pre-2020 forms (string booleans, capitalised ops,
 * member removal by value: IDP-QUIRKS #1–#3), so the console can tell the owner to add `aadOptscim062020`
 * (lib/sync-health reads `detail.idpDialect`). Nothing when the request used none of them.
 */
export function dialectDetail(body: unknown, registry: SchemaRegistry): Record<string, unknown> {
  const dialect = detectIdpDialect(body, registry);
  return Object.values(dialect).some(Boolean) ? { idpDialect: dialect } : {};
}
