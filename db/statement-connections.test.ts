import { describe, expect, it } from 'vitest';
import type { StatementClient } from './run-statement';
import { spreadStatements } from './statement-connections';

/** A connection that answers each statement when told to, with its own name. */
function heldConnection(name: string) {
  const waiting: (() => void)[] = [];
  const connection: StatementClient = {
    unsafe: () => new Promise((resolve) => waiting.push(() => resolve([{ name }]))),
  };
  return { connection, waiting, answerAll: () => waiting.splice(0).forEach((answer) => answer()) };
}

describe('spreadStatements (db/statement-connections.ts)', () => {
  it('sends each statement on the connection with the fewest in flight', async () => {
    const [a, b, c] = ['a', 'b', 'c'].map(heldConnection);
    const spread = spreadStatements([a.connection, b.connection, c.connection]);
    const first = Array.from({ length: 6 }, () => spread.unsafe('select 1', [], { prepare: true }));
    expect([a.waiting.length, b.waiting.length, c.waiting.length]).toEqual([2, 2, 2]);

    b.answerAll();
    expect(await Promise.all([first[1], first[4]])).toEqual([[{ name: 'b' }], [{ name: 'b' }]]);
    const next = [spread.unsafe('select 2', [], { prepare: true }), spread.unsafe('select 3', [], { prepare: true })];
    expect([a.waiting.length, b.waiting.length, c.waiting.length]).toEqual([2, 2, 2]);

    [a, b, c].forEach((held) => held.answerAll());
    expect(await Promise.all(next)).toEqual([[{ name: 'b' }], [{ name: 'b' }]]);
  });

  it('a statement that fails frees its place like one that succeeds', async () => {
    let failing = true;
    const flaky: StatementClient = { unsafe: async () => (failing ? Promise.reject(new Error('22012')) : [{ name: 'flaky' }]) };
    const other = heldConnection('other');
    const spread = spreadStatements([flaky, other.connection]);
    await expect(spread.unsafe('select 1 / 0', [], { prepare: true })).rejects.toThrow('22012');
    failing = false;
    const pending = spread.unsafe('select 1', [], { prepare: true });
    expect(other.waiting).toHaveLength(0);
    expect(await pending).toEqual([{ name: 'flaky' }]);
  });
});
