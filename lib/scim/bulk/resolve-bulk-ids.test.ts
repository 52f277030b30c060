import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors/scim-error';
import { resolveBulkIds } from './resolve-bulk-ids';

const ids = new Map([['u1', '0191-user']]);
const never = () => false;

describe('resolveBulkIds', () => {
  it('replaces references in the path and anywhere in the data', () => {
    const operation = { path: '/Users/bulkId:u1', data: { members: [{ value: 'bulkId:u1' }], note: 'see bulkId:u1 later' } };
    expect(resolveBulkIds(operation, ids, never)).toEqual({ path: '/Users/0191-user', data: { members: [{ value: '0191-user' }], note: 'see 0191-user later' } });
  });

  it('leaves an operation without references untouched', () => {
    const operation = { path: '/Users', data: { userName: 'a' } };
    expect(resolveBulkIds(operation, ids, never)).toBe(operation);
  });

  it('waits for an operation that has not run yet', () => {
    expect(resolveBulkIds({ path: '/Groups', data: { members: [{ value: 'bulkId:g9' }] } }, ids, (bulkId) => bulkId === 'g9')).toBe('wait');
  });

  it('refuses a reference nothing will create', () => {
    expect(() => resolveBulkIds({ path: '/Users/bulkId:nobody' }, ids, never)).toThrow(ScimError);
  });
});
