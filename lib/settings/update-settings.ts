import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '@/db/database';
import { settings } from '@/db/schema';
import { toAuditActor } from '@/lib/audit/audit-actor';
import { diffFields } from '@/lib/audit/diff-fields';
import { recordAuditEvent } from '@/lib/audit/record-audit-event';
import type { ConsoleActor } from '@/lib/auth/console-roles';
import { settingsFieldsSchema } from '@/lib/contracts/settings';
import { DomainError } from '@/lib/errors/domain-error';
import { getSettings } from './get-settings';
import { invalidateSettingsCache } from './settings-cache';
import type { SettingsDto } from '@/lib/contracts/settings';

const settingsPatchSchema = settingsFieldsSchema.partial().strict();

/** The save time changes on every save of the user configuration; it is not a setting the owner changed. */
function withoutSaveTime(values: SettingsDto): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'userConfigurationSavedAt'));
}

export type SettingsPatch = Partial<Omit<SettingsDto, 'userConfigurationSavedAt'>>;

/**
 * Saves a subset of the settings and audits the change in the same transaction. The expiry default is checked
 * against the maximum after merging with the stored values, so a patch of one of the two cannot break the pair.
 */
export async function updateSettings(db: Database, patch: SettingsPatch, actor: ConsoleActor): Promise<SettingsDto> {
  const changes = settingsPatchSchema.parse(patch);
  const savesUserConfiguration = changes.applyUserNameChanges !== undefined || changes.deleteMode !== undefined;

  const saved = await db.transaction(async (tx) => {
    // Two owners saving the default and the maximum at once must not each pass the check against the other's old value.
    await queryRows(tx, sql`select pg_advisory_xact_lock(hashtext('roster.settings'))`);
    const before = await getSettings(tx);
    const after: SettingsDto = {
      ...before,
      ...changes,
      ...(savesUserConfiguration ? { userConfigurationSavedAt: new Date().toISOString() } : {}),
    };
    if (after.tokenExpiryDefaultDays > after.tokenExpiryMaxDays) {
      throw DomainError.about(
        'tokenExpiryDefaultDays',
        'invalid_input',
        `The default expiry (${after.tokenExpiryDefaultDays} days) cannot be longer than the maximum (${after.tokenExpiryMaxDays} days).`,
      );
    }

    const keys = Object.keys(after).filter((key) => key in changes || (savesUserConfiguration && key === 'userConfigurationSavedAt'));
    if (keys.length > 0) {
      await tx
        .insert(settings)
        .values(keys.map((key) => ({ key, value: sql`${JSON.stringify(after[key as keyof SettingsDto])}::jsonb`, updatedBy: actor.email })))
        .onConflictDoUpdate({
          target: settings.key,
          set: { value: sql`excluded.value`, updatedAt: sql`now()`, updatedBy: sql`excluded.updated_by` },
        });
    }

    await recordAuditEvent(tx, {
      operation: 'settings.update',
      outcome: 'success',
      actor: toAuditActor(actor),
      resourceType: 'Settings',
      resourceName: 'settings',
      changes: diffFields(withoutSaveTime(before), withoutSaveTime(after)),
    });
    return after;
  });
  invalidateSettingsCache();
  return saved;
}
