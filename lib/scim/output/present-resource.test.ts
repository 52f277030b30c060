import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { createUserRegistry } from '../schemas/registry';
import { presentResource } from './present-resource';

const registry = createUserRegistry([]);

describe('presentResource for a User (RFC 7643 §3, §4.1)', () => {
  it('returns the stored document with id and meta, values as stored', () => {
    const document = { schemas: [SCHEMA_URNS.coreUser], userName: 'bjensen', emails: [{ value: 'B@X', primary: true }], id: 'stale', meta: { version: 'x' } };
    expect(presentResource({
      registry,
      baseUrl: 'https://roster.example.com/scim/v2',
      id: 'u-1',
      document,
      version: 3,
      created: new Date('2024-01-02T03:04:05.000Z'),
      lastModified: '2024-02-03T04:05:06.000Z',
    })).toEqual({
      schemas: [SCHEMA_URNS.coreUser],
      id: 'u-1',
      userName: 'bjensen',
      emails: [{ value: 'B@X', primary: true }],
      meta: {
        resourceType: 'User',
        created: '2024-01-02T03:04:05.000Z',
        lastModified: '2024-02-03T04:05:06.000Z',
        location: 'https://roster.example.com/scim/v2/Users/u-1',
        version: 'W/"3"',
      },
    });
  });
});
