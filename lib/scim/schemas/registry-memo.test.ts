import { describe, expect, it } from 'vitest';
import { createGroupRegistry, createUserRegistry } from './registry';
import { memoPerRegistry } from './registry-memo';

describe('memoPerRegistry', () => {
  it('works a key out once per registry, and again for another registry', () => {
    const memo = memoPerRegistry<number>(10);
    const [users, groups] = [createUserRegistry([]), createGroupRegistry()];
    let computed = 0;
    const compute = () => ++computed;
    expect([memo(users, 'a', compute), memo(users, 'a', compute), memo(groups, 'a', compute)]).toEqual([1, 1, 2]);
  });

  it('keeps at most `limit` keys per registry and still answers the rest', () => {
    const memo = memoPerRegistry<number>(2);
    const users = createUserRegistry([]);
    let computed = 0;
    const compute = () => ++computed;
    const answers = ['a', 'b', 'c', 'a', 'b', 'c'].map((key) => memo(users, key, compute));
    expect(answers).toEqual([1, 2, 3, 1, 2, 4]);
  });

  it('keeps nothing when the computation throws', () => {
    const memo = memoPerRegistry<string>(10);
    const users = createUserRegistry([]);
    expect(() => memo(users, 'bad', () => { throw new Error('invalid path'); })).toThrow('invalid path');
    expect(memo(users, 'bad', () => 'fixed')).toBe('fixed');
  });
});
