import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, OpenDatabase } from '@/db/database';
import { openScimTest } from '@/e2e/scim/open-scim-test';
import { GROUP_SCHEMA, newUser, USER_SCHEMA, type ScimClient } from '@/e2e/scim/route-client';

const state = vi.hoisted(() => ({ db: undefined as Database | undefined }));
vi.mock('@/db/client', () => ({ getDb: async () => state.db }));

let database: OpenDatabase;
let scim: ScimClient;

beforeAll(async () => {
  ({ database, scim } = await openScimTest(state));
});
afterAll(() => database.close());

const bulk = (Operations: unknown[], failOnErrors?: number) => ({ schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'], ...(failOnErrors ? { failOnErrors } : {}), Operations });

describe('POST /Bulk', () => {
  it('creates a user and a group that references it by bulkId, in any order', async () => {
    const reply = await scim(
      'POST',
      '/Bulk',
      bulk([
        { method: 'POST', path: '/Groups', bulkId: 'g1', data: { schemas: [GROUP_SCHEMA], displayName: 'Bulk group', members: [{ type: 'User', value: 'bulkId:u1' }] } },
        { method: 'POST', path: '/Users', bulkId: 'u1', data: newUser('bulk.one@contoso.example') },
        { method: 'PATCH', path: '/Users/bulkId:u1', data: { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'title', value: 'Bulk' }] } },
      ]),
    );
    expect(reply.status).toBe(200);
    expect(reply.body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:BulkResponse']);
    expect(reply.body.Operations.map((operation: { status: string }) => operation.status)).toEqual(['201', '201', '200']);
    const group = await scim('GET', reply.body.Operations[0].location.replace('http://roster.test/scim/v2', ''));
    const user = await scim('GET', reply.body.Operations[1].location.replace('http://roster.test/scim/v2', ''));
    expect(group.body.members.map((member: { value: string }) => member.value)).toEqual([user.body.id]);
    expect(user.body.title).toBe('Bulk');
  });

  it('undoes a failed operation alone and reports its error', async () => {
    const reply = await scim(
      'POST',
      '/Bulk',
      bulk([
        { method: 'POST', path: '/Users', bulkId: 'a', data: newUser('bulk.two@contoso.example') },
        { method: 'POST', path: '/Users', bulkId: 'b', data: newUser('BULK.TWO@contoso.example') },
        { method: 'POST', path: '/Users', bulkId: 'c', data: newUser('bulk.three@contoso.example') },
      ]),
    );
    const [first, second, third] = reply.body.Operations;
    expect([first.status, second.status, third.status]).toEqual(['201', '409', '201']);
    expect(second.response).toMatchObject({ scimType: 'uniqueness', status: '409' });
  });

  it('stops after failOnErrors errors', async () => {
    const broken = { method: 'POST', path: '/Users', data: { schemas: [USER_SCHEMA] } };
    const reply = await scim('POST', '/Bulk', bulk([broken, broken, { method: 'POST', path: '/Users', data: newUser('never@contoso.example') }], 2));
    expect(reply.body.Operations.map((operation: { status: string }) => operation.status)).toEqual(['400', '400']);
    expect((await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "never@contoso.example"')}`)).body.totalResults).toBe(0);
  });

  it('refuses unresolvable bulkIds, unsupported methods and more than maxOperations', async () => {
    const reply = await scim('POST', '/Bulk', bulk([{ method: 'DELETE', path: '/Users/bulkId:nobody' }, { method: 'GET', path: '/Users' }]));
    expect(reply.body.Operations.map((operation: { status: string }) => operation.status)).toEqual(['400', '400']);
    const tooMany = await scim('POST', '/Bulk', bulk(Array.from({ length: 1001 }, () => ({ method: 'DELETE', path: '/Users/x' }))));
    expect([tooMany.status, tooMany.body.status]).toEqual([413, '413']);
    const discovery = await scim('POST', '/Bulk', bulk([{ method: 'POST', path: '/Bulk', data: bulk([]) }]));
    expect(discovery.body.Operations[0].status).toBe('400');
  });
});
