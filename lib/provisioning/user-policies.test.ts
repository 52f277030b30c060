import { describe, expect, it } from 'vitest';
import type { StoredUser } from '@/lib/scim';
import { createUserPolicies } from './user-policies';

const before = { document: { userName: 'ada@contoso.example', active: true } } as unknown as StoredUser;
const tombstone = '0123456789abcdef0123456789abcdefada@contoso.example';

describe('createUserPolicies().reviewUserNameChange', () => {
  it.each([
    [true, { userName: 'grace@contoso.example' }, 'apply'],
    [false, { userName: 'ADA@contoso.example' }, 'apply'],
    [false, { userName: 'grace@contoso.example' }, 'refuse'],
    [false, { userName: tombstone, active: false }, 'keep'],
    [false, { userName: tombstone, active: true }, 'refuse'],
    [false, { userName: `0123${tombstone}`, active: false }, 'refuse'],
    [true, { userName: tombstone, active: false }, 'apply'],
  ] as const)('applyUserNameChanges=%s, %j → %s', (applyUserNameChanges, after, kind) => {
    const policies = createUserPolicies({ applyUserNameChanges, deleteMode: 'delete' });
    expect(policies.reviewUserNameChange(before, after).kind).toBe(kind);
  });

  it('says why a rename is refused', () => {
    const decision = createUserPolicies({ applyUserNameChanges: false, deleteMode: 'deactivate' }).reviewUserNameChange(before, { userName: 'x@y.z' });
    expect(decision).toMatchObject({ kind: 'refuse', reason: expect.stringContaining('"ada@contoso.example" cannot become "x@y.z"') });
  });
});
