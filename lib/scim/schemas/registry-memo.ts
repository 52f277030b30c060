import type { SchemaRegistry } from './registry';

/**
 * A value worked out once per registry and key, for answers that depend on the schema alone. A registry is built
 * anew whenever its schema changes, so nothing kept goes stale; at most `limit` keys are kept per registry, since
 * keys may come from stored documents. A computation that throws keeps nothing.
 */
export function memoPerRegistry<T>(limit: number): (registry: SchemaRegistry, key: string, compute: () => T) => T {
  const byRegistry = new WeakMap<SchemaRegistry, Map<string, T>>();
  return (registry, key, compute) => {
    let known = byRegistry.get(registry);
    if (!known) byRegistry.set(registry, (known = new Map()));
    if (known.has(key)) return known.get(key) as T;
    const value = compute();
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
