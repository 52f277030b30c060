import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { auditEvents, settings } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { DomainError } from '@/lib/errors/domain-error';
import { refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { getSettings } from './get-settings';
import { SETTINGS_DEFAULTS } from './settings-defaults';
import { updateSettings, type SettingsPatch } from './update-settings';

let database: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const lastAudit = async () =>
  (await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('getSettings', () => {
  it('answers the defaults when nothing was saved', async () => {
    expect(await getSettings(database.db)).toEqual(SETTINGS_DEFAULTS);
  });

  it('reads a stored value that no longer validates as its default', async () => {
    await database.db.insert(settings).values({ key: 'auditRetentionDays', value: -4 });
    expect((await getSettings(database.db)).auditRetentionDays).toBe(90);
    await database.db.delete(settings).where(eq(settings.key, 'auditRetentionDays'));
  });
});

describe('updateSettings', () => {
  it('saves a subset, keeps the rest, and audits old → new with the console user', async () => {
    const saved = await updateSettings(database.db, { auditRetentionDays: 30, applicationDomain: 'Acme.Live.Example.com' }, testActor);
    expect(saved).toMatchObject({ auditRetentionDays: 30, applicationDomain: 'acme.live.example.com', tokenExpiryMaxDays: 365 });
    expect(await getSettings(database.db)).toEqual(saved);
    expect(await lastAudit()).toMatchObject({
      operation: 'settings.update',
      outcome: 'success',
      actorType: 'console',
      actorId: testActor.id,
      actorName: testActor.email,
      changes: expect.arrayContaining([
        { field: 'auditRetentionDays', old: 90, new: 30 },
        { field: 'applicationDomain', old: null, new: 'acme.live.example.com' },
      ]),
    });
  });

  it('clears the application domain with null', async () => {
    expect((await updateSettings(database.db, { applicationDomain: null }, testActor)).applicationDomain).toBeNull();
  });

  it('records when the user configuration is saved, even unchanged, and only then', async () => {
    const before = await getSettings(database.db);
    expect(before.userConfigurationSavedAt).toBeNull();
    await updateSettings(database.db, { tokenExpiryDefaultDays: 90 }, testActor);
    expect((await getSettings(database.db)).userConfigurationSavedAt).toBeNull();

    const saved = await updateSettings(database.db, { deleteMode: 'delete' }, testActor);
    expect(Date.parse(saved.userConfigurationSavedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(await getSettings(database.db)).toEqual(saved);
    const changed = await updateSettings(database.db, { applyUserNameChanges: false, deleteMode: 'deactivate' }, testActor);
    expect(changed).toMatchObject({ applyUserNameChanges: false, deleteMode: 'deactivate' });
    expect((await lastAudit()).changes).toEqual([
      { field: 'applyUserNameChanges', old: true, new: false },
      { field: 'deleteMode', old: 'delete', new: 'deactivate' },
    ]);
  });

  it.each<[string, SettingsPatch, RegExp]>([
    ['retention of 0 days', { auditRetentionDays: 0 }, /auditRetentionDays.*at least 1 day/],
    ['retention over 10 years', { auditRetentionDays: 3651 }, /auditRetentionDays.*at most 3650 days/],
    ['a maximum expiry over 10 years', { tokenExpiryMaxDays: 4000 }, /tokenExpiryMaxDays.*at most 3650/],
    ['a fractional expiry', { tokenExpiryDefaultDays: 1.5 }, /tokenExpiryDefaultDays.*whole number/],
    ['a domain with a scheme', { applicationDomain: 'https://acme.example.com' }, /applicationDomain.*without "https:\/\/"/],
    ['a domain with a path', { applicationDomain: 'acme.example.com/scim/v2' }, /applicationDomain.*without a path/],
    ['an unknown delete mode', { deleteMode: 'purge' as never }, /deleteMode/],
    ['an unknown setting', { userConfigurationSavedAt: 'x' } as never, /Unrecognized key.*userConfigurationSavedAt/],
  ])('refuses %s and changes nothing', async (_case, patch, message) => {
    const before = await getSettings(database.db);
    expect(await refusalOf(updateSettings(database.db, patch, testActor))).toMatch(message);
    expect(await getSettings(database.db)).toEqual(before);
  });

  it('checks the default expiry against the stored maximum when only one of the two is sent', async () => {
    await updateSettings(database.db, { tokenExpiryMaxDays: 200, tokenExpiryDefaultDays: 100 }, testActor);
    const refusal = updateSettings(database.db, { tokenExpiryDefaultDays: 201 }, testActor);
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toMatchObject({ kind: 'invalid_input', message: expect.stringContaining('cannot be longer than the maximum (200 days)') });
    await expect(updateSettings(database.db, { tokenExpiryMaxDays: 99 }, testActor)).rejects.toMatchObject({ kind: 'invalid_input' });
    expect(await getSettings(database.db)).toMatchObject({ tokenExpiryMaxDays: 200, tokenExpiryDefaultDays: 100 });
  });
});
