import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createUserRegistry } from '../schemas/registry';
import { readPath } from './read-path';

const registry = createUserRegistry([{ name: 'region', description: 'Region' }]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const document = {
  schemas: [SCHEMA_URNS.coreUser, ENTERPRISE],
  userName: 'bjensen',
  name: { givenName: 'Barbara' },
  emails: [{ type: 'home', value: 'b@home' }, { type: 'work', value: 'b@work', primary: true }],
  addresses: [{ type: 'work', region: 'EMEA' }],
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1' } },
  [SCHEMA_URNS.rosterUser]: { region: 'North' },
};

describe('readPath (RFC 7644 §3.5.2 path grammar, for field mapping)', () => {
  it.each([
    ['userName', ['bjensen']],
    ['NAME.GIVENNAME', ['Barbara']],
    ['name.familyName', []],
    ['emails[type eq "work"].value', ['b@work']],
    ['emails[primary eq true].value', ['b@work']],
    ['emails.value', ['b@home', 'b@work']],
    ['emails[type eq "other"].value', []],
    ['addresses[type eq "work"].region', ['EMEA']],
    [`${ENTERPRISE}:department`, ['Sales']],
    [`${ENTERPRISE}:manager.value`, ['m1']],
    [`${SCHEMA_URNS.rosterUser}:region`, ['North']],
    ['title', []],
  ])('%s → %j', (path, expected) => {
    expect(readPath(document, path, registry)).toEqual(expected);
  });

  it('reads nothing from an extension the document does not have', () => {
    expect(readPath({ userName: 'x' }, `${ENTERPRISE}:department`, registry)).toEqual([]);
  });

  it('throws invalidPath for an unknown attribute', () => {
    expect(() => readPath(document, 'shoeSize', registry)).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
  });
});
