import { describe, expect, it } from 'vitest';
import { SCHEMA_URNS } from '../constants';
import { listResponse } from './list-response';
import { buildMeta } from './meta';

describe('buildMeta (RFC 7643 §3.1)', () => {
  it('builds resourceType, timestamps, location under the base URL and a weak ETag', () => {
    expect(buildMeta({
      resourceType: 'Group',
      id: 'g 1',
      created: new Date('2024-05-06T07:08:09.000Z'),
      lastModified: new Date('2024-05-06T07:08:10.000Z'),
      version: 12,
      baseUrl: 'http://localhost:3000/scim/v2/',
    })).toEqual({
      resourceType: 'Group',
      created: '2024-05-06T07:08:09.000Z',
      lastModified: '2024-05-06T07:08:10.000Z',
      location: 'http://localhost:3000/scim/v2/Groups/g%201',
      version: 'W/"12"',
    });
  });
});

describe('listResponse (RFC 7644 §3.4.2)', () => {
  it('has integer totals and always a Resources array', () => {
    expect(listResponse({ resources: [], totalResults: 0, startIndex: 1 })).toEqual({
      schemas: [SCHEMA_URNS.listResponse], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [],
    });
    expect(listResponse({ resources: [{ id: 'a' }], totalResults: 5, startIndex: 3 })).toMatchObject({ itemsPerPage: 1, totalResults: 5, startIndex: 3 });
  });
});
