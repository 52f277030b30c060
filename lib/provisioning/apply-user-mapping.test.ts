import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type OpenDatabase } from '@/db/database';
import { appFieldOptions } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { listFields } from '@/lib/fields/list-fields';
import { SCHEMA_URNS } from '@/lib/scim';
import { applyUserMapping } from './apply-user-mapping';
import { loadUserRegistry } from './load-registry';

let database: OpenDatabase;
let unitId: string;
let regionId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const fields = await listFields(database.db);
  unitId = fields.find((field) => field.machineName === 'user_organizational_unit')!.id;
  regionId = fields.find((field) => field.machineName === 'user_region')!.id;
  await database.db.insert(appFieldOptions).values({ fieldId: unitId, value: 'Sales', origin: 'owner' });
});
afterAll(() => database.close());

const userWith = (department: string, region?: string) => ({
  userName: `user.${Math.random().toString(36).slice(2)}@contoso.example`,
  [SCHEMA_URNS.enterpriseUser]: { department },
  ...(region ? { addresses: [{ type: 'work', region }] } : {}),
});

async function map(document: Record<string, unknown>, previous: Parameters<typeof applyUserMapping>[1]['previous'] = null) {
  const registry = await loadUserRegistry(database.db);
  return applyUserMapping(database.db, { document, previous, registry });
}

const optionsOf = (fieldId: string) =>
  database.db
    .select({ value: appFieldOptions.value, origin: appFieldOptions.origin })
    .from(appFieldOptions)
    .where(eq(appFieldOptions.fieldId, fieldId))
    .orderBy(appFieldOptions.value);

describe('applyUserMapping: list options', () => {
  it('stores a value that matches an option case-insensitively with the option\'s spelling', async () => {
    expect((await map(userWith('SALES'))).user_organizational_unit).toBe('Sales');
    expect((await map(userWith('sales'))).user_organizational_unit).toBe('Sales');
    expect(await optionsOf(unitId)).toEqual([{ value: 'Sales', origin: 'owner' }]);
  });

  it('adds an unknown value as an option the IdP added, for every list field of the write', async () => {
    const fields = await map(userWith('Marketing', 'Europe'));
    expect(fields).toMatchObject({ user_organizational_unit: 'Marketing', user_region: 'Europe' });
    expect(await optionsOf(unitId)).toContainEqual({ value: 'Marketing', origin: 'idp' });
    expect(await optionsOf(regionId)).toEqual([{ value: 'Europe', origin: 'idp' }]);
    expect((await map(userWith('marketing', 'EUROPE'))).user_region).toBe('Europe');
  });

  it('creates one option when 20 concurrent writes send "IT", "it" and "It"', async () => {
    const spellings = ['IT', 'it', 'It'];
    const registry = await loadUserRegistry(database.db);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        database.db.transaction((tx) =>
          applyUserMapping(tx, { document: userWith(spellings[index % 3]), previous: null, registry }),
        ),
      ),
    );
    const options = await queryRows<{ value: string; origin: string }>(
      database.db,
      sql`select value, origin::text as origin from app_field_options where field_id = ${unitId}::uuid and lower(value) = 'it'`,
    );
    expect(options).toHaveLength(1);
    expect(options[0].origin).toBe('idp');
    expect(new Set(results.map((fields) => fields.user_organizational_unit))).toEqual(new Set([options[0].value]));
  });

  it('answers a value matched to a committed option before from memory, with no statement', async () => {
    await map(userWith('Finance'));
    await map(userWith('Finance'));
    let statements = 0;
    const counting = new Proxy(database.db, {
      get(target, property, receiver) {
        if (property === 'execute') statements += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    const registry = await loadUserRegistry(database.db);
    const fields = await applyUserMapping(counting, { document: userWith('Finance'), previous: null, registry });
    expect(fields.user_organizational_unit).toBe('Finance');
    expect(statements).toBe(0);
  });

  it('does not remember an option whose transaction rolled back', async () => {
    const registry = await loadUserRegistry(database.db);
    const rolledBack = new Error('the user write failed');
    await expect(
      database.db.transaction(async (tx) => {
        expect((await applyUserMapping(tx, { document: userWith('Legal'), previous: null, registry })).user_organizational_unit).toBe('Legal');
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await optionsOf(unitId)).not.toContainEqual(expect.objectContaining({ value: 'Legal' }));

    expect((await map(userWith('LEGAL'))).user_organizational_unit).toBe('LEGAL');
    expect(await optionsOf(unitId)).toContainEqual({ value: 'LEGAL', origin: 'idp' });
  });
});

describe('applyUserMapping: Entra soft delete (IDP-QUIRKS §10)', () => {
  const previous = { userName: 'jane@contoso.example', appFields: { email: 'jane@contoso.example' } };
  const tombstone = { userName: `0123456789abcdef0123456789ABCDEF${previous.userName}`, active: false };

  it('keeps the email when the user is renamed to its tombstone name', async () => {
    expect((await map(tombstone, previous)).email).toBe('jane@contoso.example');
  });

  it('never stores the tombstone name as the email, even with no email before', async () => {
    expect((await map(tombstone, { ...previous, appFields: {} })).email).toBeNull();
  });

  it('derives the email again when the user is renamed back on restore', async () => {
    const restored = { userName: previous.userName, active: true, emails: [{ value: 'jane.doe@contoso.example', type: 'work' }] };
    expect((await map(restored, { userName: tombstone.userName, appFields: previous.appFields })).email).toBe('jane.doe@contoso.example');
  });

  it('treats an inactive user with an unrelated hex-prefixed name as an ordinary rename', async () => {
    const renamed = { userName: '0123456789abcdef0123456789abcdefsomeone@else.example', active: false };
    expect((await map(renamed, previous)).email).toBe(renamed.userName);
  });
});
