import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createGroupRegistry } from '../schemas/registry';
import { presentGroup } from './present-group';

const stored = {
  registry: createGroupRegistry(),
  baseUrl: 'https://roster.example.com/scim/v2/',
  id: 'g-1',
  document: { schemas: [SCHEMA_URNS.coreGroup], displayName: 'Tour Guides' },
  version: 'a1',
  created: '2024-01-01T00:00:00.000Z',
  lastModified: '2024-01-01T00:00:00.000Z',
};

describe('presentGroup (RFC 7643 §4.2)', () => {
  it('adds members with display, type and $ref', () => {
    const group = presentGroup({ ...stored, members: [{ value: 'u-1', display: 'Babs', type: 'User' }, { value: 'u-2' }] });
    expect(group.members).toEqual([
      { value: 'u-1', display: 'Babs', type: 'User', $ref: 'https://roster.example.com/scim/v2/Users/u-1' },
      { value: 'u-2', $ref: 'https://roster.example.com/scim/v2/Users/u-2' },
    ]);
    expect(group.meta).toMatchObject({ resourceType: 'Group', location: 'https://roster.example.com/scim/v2/Groups/g-1', version: 'W/"a1"' });
  });

  it.each([['excluded', undefined], ['empty', []]])('leaves members out when %s', (_name, members) => {
    expect(presentGroup({ ...stored, members })).not.toHaveProperty('members');
  });
});
