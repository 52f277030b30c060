import { describe, expect, it } from 'vitest';
import { diffFields } from './diff-fields';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('diffFields', () => {
  it('names nested attributes with dotted paths and extension attributes after their URN', () => {
    const before = { userName: 'ann', name: { givenName: 'Ann', familyName: 'Lee' }, [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1' } } };
    const after = { userName: 'ann', name: { givenName: 'Anne', familyName: 'Lee' }, [ENTERPRISE]: { department: 'Support', manager: { value: 'm1' } } };
    expect(diffFields(before, after)).toEqual([
      { field: 'name.givenName', old: 'Ann', new: 'Anne' },
      { field: `${ENTERPRISE}:department`, old: 'Sales', new: 'Support' },
    ]);
  });

  it('compares arrays as whole values, ignoring key order inside elements', () => {
    const emails = [{ value: 'a@example.com', type: 'work', primary: true }];
    expect(diffFields({ emails }, { emails: [{ primary: true, type: 'work', value: 'a@example.com' }] })).toEqual([]);
    expect(diffFields({ emails }, { emails: [...emails, { value: 'b@example.com', type: 'home' }] })).toEqual([
      { field: 'emails', old: emails, new: [...emails, { value: 'b@example.com', type: 'home' }] },
    ]);
  });

  it.each([
    ['a creation', null, { userName: 'ann', active: true }, [{ field: 'userName', old: null, new: 'ann' }, { field: 'active', old: null, new: true }]],
    ['a deletion', { displayName: 'Sales' }, null, [{ field: 'displayName', old: 'Sales', new: null }]],
    ['an added and a removed attribute', { title: 'CEO' }, { nickName: 'A' }, [{ field: 'title', old: 'CEO', new: null }, { field: 'nickName', old: null, new: 'A' }]],
    ['a type change', { active: 'True' }, { active: true }, [{ field: 'active', old: 'True', new: true }]],
    ['a scalar replaced by an object', { manager: 'm1' }, { manager: { value: 'm1' } }, [{ field: 'manager', old: 'm1', new: null }, { field: 'manager.value', old: null, new: 'm1' }]],
    ['nothing changed', { a: { b: [1, 2] } }, { a: { b: [1, 2] } }, []],
    ['undefined treated as absent', { a: undefined, b: 1 }, { b: 1 }, []],
  ])('handles %s', (_case, before, after, changes) => expect(diffFields(before, after)).toEqual(changes));
});
