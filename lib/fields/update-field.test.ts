import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { appFieldOptions, auditEvents, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { insertUser, refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { SCHEMA_URNS } from '@/lib/scim';
import { deleteField } from './delete-field';
import { getRederiveJob } from './get-rederive-job';
import { listFieldOptions } from './list-field-options';
import type { AppFieldDto } from '@/lib/contracts/fields';
import { listFields } from './list-fields';
import { registerField } from './register-field';
import { updateField } from './update-field';

let database: OpenDatabase;
let ann: string;
let bob: string;
let office: AppFieldDto;

beforeAll(async () => {
  database = await createTestDatabase();
  ann = await insertUser(database.db, {
    userName: 'ann@contoso.example',
    title: 'Engineer',
    addresses: [{ type: 'work', locality: 'Munich', region: 'Europe' }],
  });
  bob = await insertUser(database.db, { userName: 'bob@contoso.example', title: 'engineer', addresses: [{ type: 'work', locality: 'munich' }] });
  ({ field: office } = await registerField(database.db, { machineName: 'office', label: 'Office', type: 'list', scimPath: 'title' }, testActor));
});
afterAll(() => database.close());

const appFieldsOf = async (id: string) =>
  (await database.db.select({ appFields: scimUsers.appFields }).from(scimUsers).where(eq(scimUsers.id, id)))[0].appFields;

const lastAudit = async () => (await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1))[0];

describe('updateField', () => {
  it('re-derives the field for every user when its SCIM path changes, matching list options across case', async () => {
    const engineer = (await appFieldsOf(ann)).office;
    expect(['Engineer', 'engineer']).toContain(engineer);
    expect((await appFieldsOf(bob)).office).toBe(engineer);

    const { field, job } = await updateField(database.db, office.id, { scimPath: 'addresses[type eq "work"].locality' }, testActor);
    expect(field.scimPath).toBe('addresses[type eq "work"].locality');
    expect(job).toMatchObject({ status: 'done', total: 2, processed: 2 });
    expect(await getRederiveJob(database.db, office.id)).toEqual(job);
    // Ann and Bob spell it differently; whichever the batch met first became the option both now share.
    const munich = (await appFieldsOf(ann)).office;
    expect(munich?.toLowerCase()).toBe('munich');
    expect((await appFieldsOf(bob)).office).toBe(munich);
    expect((await listFieldOptions(database.db, office.id)).map(({ value, origin }) => ({ value, origin }))).toEqual([
      { value: engineer, origin: 'idp' },
      { value: munich, origin: 'idp' },
    ]);
    expect(await lastAudit()).toMatchObject({
      operation: 'field.update',
      resourceId: office.id,
      changes: [{ field: 'scimPath', old: 'title', new: 'addresses[type eq "work"].locality' }],
    });
  });

  it('changes a label or claim without re-deriving, and writes nothing when nothing changes', async () => {
    const { field, job } = await updateField(database.db, office.id, { label: 'Office location', samlClaim: 'urn:example:office' }, testActor);
    expect(field).toMatchObject({ label: 'Office location', samlClaim: 'urn:example:office' });
    expect(job).toBeNull();

    const audits = await database.db.select({ id: auditEvents.id }).from(auditEvents);
    expect(await updateField(database.db, office.id, { label: 'Office location' }, testActor)).toEqual({ field, job: null });
    expect(await database.db.select({ id: auditEvents.id }).from(auditEvents)).toHaveLength(audits.length);
    expect((await updateField(database.db, office.id, { samlClaim: null }, testActor)).field.samlClaim).toBeNull();
  });

  it('edits a built-in field\'s mapping and re-derives it', async () => {
    const region = (await listFields(database.db)).find((candidate) => candidate.machineName === 'user_region')!;
    const { field } = await updateField(
      database.db,
      region.id,
      { scimPath: 'addresses[type eq "work"].locality', samlClaim: 'http://schemas.example/claims/office' },
      testActor,
    );
    expect(field).toMatchObject({ isBuiltin: true, scimPath: 'addresses[type eq "work"].locality' });
    const munich = (await appFieldsOf(ann)).user_region;
    expect(munich?.toLowerCase()).toBe('munich');
    expect((await appFieldsOf(bob)).user_region).toBe(munich);
  });

  it.each([
    ['an unknown attribute', { scimPath: 'nickname.first' }, /^scimPath: /],
    ['a blank path', { scimPath: ' ' }, /^scimPath: Enter the SCIM path/],
    ['a claim that is not a URI', { samlClaim: 'office' }, /^samlClaim: /],
  ])('refuses %s', async (_case, input, message) => {
    expect(await refusalOf(updateField(database.db, office.id, input, testActor))).toMatch(message);
  });

  it('answers an unknown field with not_found', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      await expect(updateField(database.db, id, { label: 'x' }, testActor)).rejects.toMatchObject({ kind: 'not_found' });
    }
  });
});

describe('deleteField', () => {
  it('refuses to delete a built-in field', async () => {
    const email = (await listFields(database.db))[0];
    await expect(deleteField(database.db, email.id, testActor)).rejects.toMatchObject({ kind: 'invalid_input', message: expect.stringContaining('built-in') });
  });

  it('removes the field, its options and every user\'s value, audited', async () => {
    await deleteField(database.db, office.id, testActor);
    expect((await listFields(database.db)).map((field) => field.machineName)).not.toContain('office');
    expect(await database.db.select().from(appFieldOptions).where(eq(appFieldOptions.fieldId, office.id))).toEqual([]);
    expect(await appFieldsOf(ann)).not.toHaveProperty('office');
    expect(await appFieldsOf(bob)).not.toHaveProperty('office');
    expect(await lastAudit()).toMatchObject({ operation: 'field.delete', resourceName: 'office', detail: { usersCleared: 2 } });
    await expect(listFieldOptions(database.db, office.id)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(deleteField(database.db, office.id, testActor)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('lets a deleted field be registered again, into Roster\'s extension', async () => {
    await database.db
      .update(scimUsers)
      .set({ document: { userName: 'ann@contoso.example', [SCHEMA_URNS.rosterUser]: { office: 'HQ' } } })
      .where(eq(scimUsers.id, ann));
    const { field } = await registerField(database.db, { machineName: 'office', label: 'Office', type: 'text' }, testActor);
    expect(field.scimPath).toBe(`${SCHEMA_URNS.rosterUser}:office`);
    expect((await appFieldsOf(ann)).office).toBe('HQ');
    expect((await appFieldsOf(bob)).office).toBeNull();
  });
});
