import { describe, expect, it } from 'vitest';
import type { StoredUser } from '@/lib/scim';
import { createUserPolicies } from './user-policies';

const before = { document: { userName: 'ada@contoso.example', active: true } } as unknown as StoredUser;
const tombstone = '0123456789abcdef0123456789abcdefada@contoso.example';

describe('createUserPolicies().reviewUserNameChange', () => {
  it.each([
    [true, { userName: 'grace@contoso.example' }, 'apply'],
    [false, { userName: 'ADA@contoso.example' }, 'apply'],
    [false, { userName: 'grace@contoso.example' }, 'keep'],
    [false, { userName: tombstone, active: false }, 'keep'],
    [false, { userName: tombstone, active: true }, 'keep'],
    [false, { userName: `0123${tombstone}`, active: false }, 'keep'],
    [true, { userName: tombstone, active: false }, 'apply'],
  ] as const)('applyUserNameChanges=%s, %j → %s', (applyUserNameChanges, after, kind) => {
    const policies = createUserPolicies({ applyUserNameChanges, deleteMode: 'delete' });
    expect(policies.reviewUserNameChange(before, after).kind).toBe(kind);
  });

  it('says which rename was ignored', () => {
    const decision = createUserPolicies({ applyUserNameChanges: false, deleteMode: 'deactivate' }).reviewUserNameChange(before, { userName: 'x@y.z' });
    expect(decision).toMatchObject({ kind: 'keep', reason: expect.stringContaining('rename of "ada@contoso.example" to "x@y.z" was ignored') });
  });
});
