import { z } from 'zod';
import type { Database } from '@/db/database';
import { settings } from '@/db/schema';
import { settingsFieldsSchema } from '@/lib/contracts/settings';
import type { SettingsDto } from '@/lib/contracts/settings';
import { SETTINGS_DEFAULTS } from './settings-defaults';

const storedValueSchemas: { [K in keyof SettingsDto]: z.ZodType<SettingsDto[K]> } = {
  ...settingsFieldsSchema.shape,
  userConfigurationSavedAt: z.iso.datetime({ offset: true }).nullable(),
};

function isSettingKey(key: string): key is keyof SettingsDto {
  return Object.hasOwn(SETTINGS_DEFAULTS, key);
}

/** The settings with defaults for every key never saved; a stored value that no longer validates reads as its default. */
export async function getSettings(db: Database): Promise<SettingsDto> {
  const rows = await db.select({ key: settings.key, value: settings.value }).from(settings);
  const result: Record<string, unknown> = { ...SETTINGS_DEFAULTS };
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const parsed = storedValueSchemas[row.key].safeParse(row.value);
    if (parsed.success) result[row.key] = parsed.data;
  }
  return result as SettingsDto;
}
