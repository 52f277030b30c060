import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../../constants';
import { createGroupRegistry } from '../../schemas/registry';
import { validateGroupResource } from './validate-group';

const registry = createGroupRegistry();
const ID = 'e9e30dba-f08f-4109-8486-d5c6a331660a';
const base = { schemas: [SCHEMA_URNS.coreGroup], displayName: 'Tour Guides' };
const create = (body: unknown) => validateGroupResource(body, registry, { kind: 'create' });

describe('validateGroupResource (RFC 7644 §3.3 POST, §3.5.1 PUT)', () => {
  it('separates the member ids from the document, each once', () => {
    const result = create({ ...base, members: [{ value: 'u1', display: 'A' }, { value: 'u2' }, { value: 'u1' }] });
    expect(result).toEqual({ document: base, memberIds: ['u1', 'u2'] });
  });

  it.each([
    ['absent', base, undefined],
    ['null', { ...base, members: null }, []],
    ['empty', { ...base, members: [] }, []],
  ])('members %s gives memberIds %j', (_name, body, memberIds) => {
    expect(create(body).memberIds).toEqual(memberIds);
  });

  it("Entra ID: tolerates the legacy ADSCIM schema URN in schemas and keeps it (IDP-QUIRKS #15)", () => {
    const adscim = 'urn:ietf:params:scim:schemas:extension:ADSCIM:2.0:Group';
    const { document } = create({ ...base, schemas: [SCHEMA_URNS.coreGroup, adscim], externalId: 'abc' });
    expect(document).toEqual({ schemas: [SCHEMA_URNS.coreGroup, adscim], displayName: 'Tour Guides', externalId: 'abc' });
  });

  it('Okta: accepts a PUT repeating the group id', () => {
    expect(validateGroupResource({ ...base, id: ID }, registry, { kind: 'replace', id: ID }).document).toEqual(base);
  });

  it.each([
    ['no displayName', { schemas: base.schemas }, 'invalidValue'],
    ['a member without a value', { ...base, members: [{ display: 'A' }] }, 'invalidValue'],
    ['members that are no objects', { ...base, members: 'u1' }, 'invalidValue'],
    ['an id', { ...base, id: ID }, 'mutability'],
    ['the core User URN only', { ...base, schemas: [SCHEMA_URNS.coreUser] }, 'invalidSyntax'],
  ])('POST with %s is 400 %s', (_name, body, scimType) => {
    expect(() => create(body)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });
});
