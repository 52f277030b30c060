import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { appFields, auditEvents, scimUsers } from '@/db/schema';
import { createTestDatabase } from '@/db/test-database';
import { loadUserRegistry } from '@/lib/provisioning/load-registry';
import { insertUser, refusalOf, testActor } from '@/e2e/fixtures/test-directory';
import { SCHEMA_URNS } from '@/lib/scim';
import { BUILTIN_FIELDS } from './builtin-fields';
import { listFields } from './list-fields';
import { registerField, type RegisterFieldInput } from './register-field';

let database: OpenDatabase;
let userId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  userId = await insertUser(database.db, {
    userName: 'ann@contoso.example',
    title: 'Engineer',
    [SCHEMA_URNS.enterpriseUser]: { costCenter: 'CC-7' },
    [SCHEMA_URNS.rosterUser]: { badge_color: 'green' },
  });
});
afterAll(() => database.close());

const appFieldsOf = async (id: string) =>
  (await database.db.select({ appFields: scimUsers.appFields }).from(scimUsers).where(eq(scimUsers.id, id)))[0].appFields;

describe('listFields', () => {
  it('seeds the five built-in fields once, with DESIGN\'s labels, types, sources and SAML claims', async () => {
    const [first, second] = [await listFields(database.db), await listFields(database.db)];
    expect(second).toEqual(first);
    expect(first.map(({ machineName, label, type, scimPath, samlClaim, isBuiltin }) => ({ machineName, label, type, scimPath, samlClaim, isBuiltin }))).toEqual([
      { machineName: 'email', label: 'Email', type: 'text', scimPath: 'emails[type eq "work"].value', samlClaim: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', isBuiltin: true },
      { machineName: 'first_name', label: 'First Name', type: 'text', scimPath: 'name.givenName', samlClaim: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', isBuiltin: true },
      { machineName: 'last_name', label: 'Last Name', type: 'text', scimPath: 'name.familyName', samlClaim: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', isBuiltin: true },
      { machineName: 'user_organizational_unit', label: 'Business Unit', type: 'list', scimPath: `${SCHEMA_URNS.enterpriseUser}:department`, samlClaim: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/department', isBuiltin: true },
      { machineName: 'user_region', label: 'Region', type: 'list', scimPath: 'addresses[type eq "work"].region', samlClaim: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/stateorprovince', isBuiltin: true },
    ]);
    expect(first).toHaveLength(BUILTIN_FIELDS.length);
  });
});

describe('registerField', () => {
  it('registers a field from a standard path, audits it, and derives it for existing users before returning', async () => {
    const { field, job } = await registerField(
      database.db,
      { machineName: 'cost_center', label: 'Cost Center', type: 'list', scimPath: `${SCHEMA_URNS.enterpriseUser}:costCenter`, samlClaim: '' },
      testActor,
    );
    expect(field).toMatchObject({ machineName: 'cost_center', type: 'list', samlClaim: null, isBuiltin: false, position: 5 });
    expect(job).toMatchObject({ status: 'done', total: 1, processed: 1 });
    expect(await appFieldsOf(userId)).toEqual({ cost_center: 'CC-7' });

    const [audit] = await database.db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
    expect(audit).toMatchObject({ operation: 'field.create', resourceType: 'Field', resourceId: field.id, actorName: testActor.email });
    expect(audit.changes).toContainEqual({ field: 'machineName', old: null, new: 'cost_center' });
  });

  it('puts a field without a SCIM path into Roster\'s own User extension, which the registry then knows', async () => {
    const { field } = await registerField(database.db, { machineName: 'badge_color', label: 'Badge Color', type: 'text' }, testActor);
    expect(field.scimPath).toBe(`${SCHEMA_URNS.rosterUser}:badge_color`);
    expect(await appFieldsOf(userId)).toMatchObject({ badge_color: 'green' });

    const registry = await loadUserRegistry(database.db);
    expect(registry.schema(SCHEMA_URNS.rosterUser)?.attributes.map((attribute) => attribute.name)).toEqual(['badge_color']);
    expect(registry.resolve({ schema: SCHEMA_URNS.rosterUser, attribute: 'BADGE_COLOR' })?.leaf.description).toBe('Badge Color');
  });

  it.each<[string, RegisterFieldInput, RegExp]>([
    ['an upper-case machine name', { machineName: 'CostCenter', label: 'x', type: 'text' }, /^machineName: "CostCenter" must start with a lowercase letter/],
    ['a machine name with a dash', { machineName: 'cost-center', label: 'x', type: 'text' }, /^machineName: .*only lowercase letters, digits and underscores/],
    ['a one-letter machine name', { machineName: 'c', label: 'x', type: 'text' }, /^machineName: .*too short/],
    ['a 64-character machine name', { machineName: `a${'b'.repeat(63)}`, label: 'x', type: 'text' }, /^machineName: .*too long/],
    ['a built-in machine name', { machineName: 'email', label: 'x', type: 'text' }, /^machineName: "email" is a built-in field/],
    ['a machine name already registered', { machineName: 'cost_center', label: 'x', type: 'text' }, /^machineName: A field named "cost_center" already exists/],
    ['an empty label', { machineName: 'grade', label: '  ', type: 'text' }, /^label: Enter a label/],
    ['an unknown type', { machineName: 'grade', label: 'Grade', type: 'dropdown' as never }, /^type: Choose the type/],
    ['an unknown attribute', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: 'grade' }, /^scimPath: .*'grade' is not an attribute of the User resource/],
    ['an unknown sub-attribute', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: 'name.middle' }, /^scimPath: .*not an attribute/],
    ['a malformed value filter', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: 'emails[type eq "work".value' }, /^scimPath: .*never closed/],
    ['a complex attribute', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: 'name' }, /^scimPath: .*complex attribute 'name'; choose one of its sub-attributes/],
    ['a multi-valued element', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: 'emails[type eq "work"]' }, /^scimPath: .*for example emails\[type eq "work"\]\.value/],
    ['a whole schema', { machineName: 'grade', label: 'Grade', type: 'text', scimPath: SCHEMA_URNS.enterpriseUser }, /^scimPath: .*names a whole schema/],
    ['a SAML claim that is not a URI', { machineName: 'grade', label: 'Grade', type: 'text', samlClaim: 'department' }, /^samlClaim: Enter the SAML claim as a URI/],
  ])('refuses %s with a message naming the field, and registers nothing', async (_case, input, message) => {
    const before = await database.db.select({ id: appFields.id }).from(appFields);
    expect(await refusalOf(registerField(database.db, input, testActor))).toMatch(message);
    expect(await database.db.select({ id: appFields.id }).from(appFields)).toHaveLength(before.length);
  });

  it('answers a taken machine name with a conflict', async () => {
    await expect(registerField(database.db, { machineName: 'badge_color', label: 'Again', type: 'text' }, testActor)).rejects.toMatchObject({
      kind: 'conflict',
    });
  });
});
