import type { SchemaRegistry } from '@/lib/scim';
import type { AppFieldDto } from '@/lib/contracts/fields';

type FieldCache = {
  generation: number;
  entry?: { fields: AppFieldDto[]; registry: SchemaRegistry; loadedAt: number };
  /**
   * fieldId → a list value as an IdP sent it → the committed option's spelling. Options are only ever added (and
   * removed with their field, whose id never returns), so a spelling once committed stays right.
   */
  optionSpellings: Map<string, Map<string, string>>;
};

// On globalThis so that every module copy Next makes in one process shares the cache and its invalidation.
const holder = globalThis as unknown as { rosterFieldCache?: FieldCache };

/** The fields and User registry that every SCIM request needs, filled by lib/provisioning/load-registry.ts. */
export const fieldCache: FieldCache = (holder.rosterFieldCache ??= { generation: 0, optionSpellings: new Map() });

/**
 * Drops the cached fields, and keeps any load already under way from storing what it read. Called after a field
 * change commits, and when built-in fields were just seeded in a transaction that may still roll back.
 */
export function invalidateFieldCache(): void {
  fieldCache.generation += 1;
  fieldCache.entry = undefined;
  fieldCache.optionSpellings = new Map();
}
