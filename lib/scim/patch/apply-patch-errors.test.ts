import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { ScimError } from '../errors/scim-error';
import { createUserRegistry } from '../schemas/registry';
import { applyPatch } from './apply-patch';
import { parsePatchRequest } from './parse-patch-request';

const users = createUserRegistry([{ name: 'costCode', description: 'Cost code' }]);
const ENTERPRISE = SCHEMA_URNS.enterpriseUser;
const ID = '2819c223-7f76-453a-919d-413861904646';

function patch(document: Record<string, unknown>, Operations: unknown[], registry = users) {
  return applyPatch(document, parsePatchRequest({ schemas: [SCHEMA_URNS.patchOp], Operations }, registry), registry, { id: ID });
}

function failure(run: () => unknown): ScimError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

const user = () => ({
  schemas: [SCHEMA_URNS.coreUser],
  userName: 'bjensen@example.com',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  emails: [
    { type: 'work', value: 'bjensen@example.com', primary: true },
    { type: 'home', value: 'babs@jensen.org' },
  ],
  active: true,
});

describe('all or nothing', () => {
  it('leaves the document untouched when a later operation fails', () => {
    const start = user();
    const error = failure(() => patch(start, [
      { op: 'replace', path: 'active', value: false },
      { op: 'replace', path: 'displayName', value: 42 },
    ]));
    expect(error.scimType).toBe('invalidValue');
    expect(start).toEqual(user());
  });

  it('never mutates the input even on success', () => {
    const start = user();
    patch(start, [{ op: 'remove', path: 'emails[type eq "home"]' }, { op: 'replace', path: 'name.givenName', value: 'B' }]);
    expect(start).toEqual(user());
  });

  it('refuses to remove a required attribute', () => {
    expect(failure(() => patch(user(), [{ op: 'remove', path: 'userName' }])).scimType).toBe('invalidValue');
  });
});

describe('errors', () => {
  it.each([
    ['id', 'mutability'],
    ['meta', 'mutability'],
    ['meta.created', 'mutability'],
    ['groups', 'mutability'],
    ['nickname.first', 'invalidPath'],
    ['favouriteColour', 'invalidPath'],
    [`${ENTERPRISE}:shoeSize`, 'invalidPath'],
    ['emails[type eq "work"].colour', 'invalidPath'],
    ['emails[tpye eq "work"].value', 'invalidPath'],
    ['name[givenName eq "x"]', 'invalidPath'],
    ['emails[type eq "work"', 'invalidPath'],
  ])('replace on %s is 400 %s', (path, scimType) => {
    const error = failure(() => patch(user(), [{ op: 'replace', path, value: 'x' }]));
    expect({ status: error.status, scimType: error.scimType }).toEqual({ status: 400, scimType });
  });

  it.each([
    ['active', 'maybe'],
    ['emails', 'not-a-list-of-objects'],
    ['name', 7],
    ['userName', ['a', 'b']],
  ])('a bad value for %s is 400 invalidValue naming it', (path, value) => {
    const error = failure(() => patch(user(), [{ op: 'replace', path, value }]));
    expect(error.scimType).toBe('invalidValue');
    expect(error.detail).toContain(path);
  });

  it('a whole extension replaced by a string is 400 invalidValue', () => {
    expect(failure(() => patch(user(), [{ op: 'replace', path: ENTERPRISE, value: 'Sales' }])).scimType).toBe('invalidValue');
  });

  it('a remove without path is 400 noTarget', () => {
    expect(failure(() => patch(user(), [{ op: 'remove' }])).scimType).toBe('noTarget');
  });

  it('an unknown op is 400 invalidSyntax naming the op', () => {
    const error = failure(() => patch(user(), [{ op: 'move', path: 'title', value: 'x' }]));
    expect(error.scimType).toBe('invalidSyntax');
    expect(error.detail).toContain('"move"');
  });

  it('a filtered path whose filter describes no new element is 400 noTarget', () => {
    const error = failure(() => patch(user(), [{ op: 'replace', path: 'emails[value co "@nowhere"].type', value: 'work' }]));
    expect(error.scimType).toBe('noTarget');
  });
});
