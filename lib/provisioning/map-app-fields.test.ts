import { describe, expect, it } from 'vitest';
import { BUILTIN_FIELDS } from '@/lib/fields/builtin-fields';
import { SCHEMA_URNS } from '@/lib/scim';
import { buildUserRegistry } from './load-registry';
import { deriveAppFields, type MappedField } from './map-app-fields';

const builtins: MappedField[] = BUILTIN_FIELDS.map((field) => ({ ...field, isBuiltin: true }));
const costCenter: MappedField = {
  machineName: 'cost_center',
  type: 'text',
  scimPath: `${SCHEMA_URNS.rosterUser}:cost_center`,
  isBuiltin: false,
};
const registry = buildUserRegistry([{ scimPath: costCenter.scimPath, label: 'Cost Center' }]);
const derive = (document: Record<string, unknown>) => deriveAppFields([...builtins, costCenter], document, registry);

const jane = {
  schemas: [SCHEMA_URNS.coreUser, SCHEMA_URNS.enterpriseUser],
  userName: 'jane.doe@contoso.example',
  name: { givenName: 'Jane', familyName: 'Doe' },
  emails: [
    { value: 'jane.home@example.org', type: 'home' },
    { value: 'jane.work@contoso.example', type: 'work' },
  ],
  addresses: [
    { type: 'home', region: 'Bavaria' },
    { type: 'work', region: 'Europe' },
  ],
  [SCHEMA_URNS.enterpriseUser]: { department: 'IT' },
};

describe('deriveAppFields: the built-in fields (DESIGN "Mapping SCIM into the application\'s user model")', () => {
  it('reads every built-in field from its default SCIM source', () => {
    expect(derive(jane)).toEqual({
      email: 'jane.work@contoso.example',
      first_name: 'Jane',
      last_name: 'Doe',
      user_organizational_unit: 'IT',
      user_region: 'Europe',
      cost_center: null,
    });
  });

  it.each([
    ['the work email', { emails: [{ value: 'w@x.example', type: 'work' }, { value: 'p@x.example', primary: true }] }, 'w@x.example'],
    ['the work email, type compared without regard to case', { emails: [{ value: 'w@x.example', type: 'Work' }] }, 'w@x.example'],
    ['else the primary email', { emails: [{ value: 'h@x.example', type: 'home' }, { value: 'p@x.example', type: 'other', primary: true }] }, 'p@x.example'],
    ['else userName', { emails: [{ value: 'h@x.example', type: 'home' }] }, 'user@x.example'],
    ['else userName when there is no email at all', {}, 'user@x.example'],
    ['skipping a blank work email', { emails: [{ value: ' ', type: 'work' }, { value: 'p@x.example', primary: true }] }, 'p@x.example'],
  ])('email: %s', (_case, extra, expected) => {
    expect(derive({ userName: 'user@x.example', ...extra }).email).toBe(expected);
  });

  it.each([
    ['first_name', { name: { givenName: 'Jane' } }, 'Jane'],
    ['first_name', { name: { familyName: 'Doe' } }, null],
    ['last_name', { name: { familyName: 'Doe' } }, 'Doe'],
    ['last_name', {}, null],
    ['user_organizational_unit', { [SCHEMA_URNS.enterpriseUser]: { department: '  Sales  ' } }, 'Sales'],
    ['user_organizational_unit', { [SCHEMA_URNS.enterpriseUser]: { employeeNumber: '7' } }, null],
    ['user_region', { addresses: [{ type: 'work', region: 'Europe' }] }, 'Europe'],
    ['user_region', { addresses: [{ type: 'home', region: 'Bavaria' }] }, null],
    ['user_region', { addresses: [{ type: 'work', locality: 'Munich' }, { type: 'work', region: 'EMEA' }] }, 'EMEA'],
  ])('%s from %j is %j', (field, extra, expected) => {
    expect(derive({ userName: 'u@x.example', ...extra })[field]).toBe(expected);
  });

  it('reads a registered field from Roster\'s own extension', () => {
    expect(derive({ userName: 'u@x.example', [SCHEMA_URNS.rosterUser]: { cost_center: 'CC-42' } }).cost_center).toBe('CC-42');
  });

  it('gives a field whose path the registry cannot resolve no value instead of failing the write', () => {
    const stale: MappedField = { machineName: 'grade', type: 'text', scimPath: `${SCHEMA_URNS.rosterUser}:grade`, isBuiltin: false };
    expect(deriveAppFields([stale], { userName: 'u', [SCHEMA_URNS.rosterUser]: { grade: 'A' } }, registry)).toEqual({ grade: null });
  });

  it('applies the email fallbacks only to the built-in email field', () => {
    const registered: MappedField = { machineName: 'email', type: 'text', scimPath: 'emails[type eq "work"].value', isBuiltin: false };
    expect(deriveAppFields([registered], { userName: 'u@x.example' }, registry)).toEqual({ email: null });
  });
});
