import type { Database } from '@/db/database';
import { getSettings } from './get-settings';
import type { SettingsDto } from '@/lib/contracts/settings';

/** SCIM writes read the user configuration on every DELETE and rename; other instances see a change within this time. */
const CACHE_TTL_MS = 5_000;

type SettingsCache = { generation: number; entry?: { settings: SettingsDto; loadedAt: number } };

// On globalThis so that every module copy Next makes in one process shares the cache and its invalidation.
const holder = globalThis as unknown as { rosterSettingsCache?: SettingsCache };
const cache: SettingsCache = (holder.rosterSettingsCache ??= { generation: 0 });

/** The settings, cached briefly in-process; a change saved by this process is seen at once. */
export async function getCachedSettings(db: Database): Promise<SettingsDto> {
  const cached = cache.entry;
  if (cached && Date.now() - cached.loadedAt < CACHE_TTL_MS) return cached.settings;
  const generation = cache.generation;
  const settings = await getSettings(db);
  if (generation === cache.generation) cache.entry = { settings, loadedAt: Date.now() };
  return settings;
}

/** Drops the cached settings, and keeps a load already under way from storing what it read; called after a save commits. */
export function invalidateSettingsCache(): void {
  cache.generation += 1;
  cache.entry = undefined;
}
