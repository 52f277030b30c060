import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

type Queue<T> = { length: number; push(x: T): T; shift(): T; remove(x: T): T | null };
type QueueModule = { default: <T>(initial?: T[]) => Queue<T> };

// The package's main is cjs/src/index.js; its exports map hides package.json.
const packageRoot = path.resolve(path.dirname(createRequire(import.meta.url).resolve('postgres')), '../..');
const builds = ['src/queue.js', 'cjs/src/queue.js', 'cf/src/queue.js'];

const originalIndexOf = Array.prototype.indexOf;
afterEach(() => {
  Array.prototype.indexOf = originalIndexOf;
});

/** The longest array any indexOf searched, and how many entries the searches scanned in all. */
function watchIndexOf() {
  const seen = { longest: 0, scanned: 0 };
  Array.prototype.indexOf = function (this: unknown[], ...args: Parameters<typeof originalIndexOf>) {
    seen.longest = Math.max(seen.longest, this.length);
    seen.scanned += this.length - (args[1] ?? 0);
    return originalIndexOf.apply(this, args);
  };
  return seen;
}

// postgres-js moves a connection between its queues at every statement: shift it out of one, remove it (no longer
// there), push it onto another. Its Queue emptied its array only when a shift took the last entry, so with two
// connections that are never idle at once the array grew by one entry per statement, and every remove scanned it
// (docs/PERFORMANCE.md). patches/postgres+3.4.9.patch searches only the live entries and compacts the array.
describe.each(builds)('postgres-js Queue (%s, patched by patches/postgres+3.4.9.patch)', (build) => {
  it('stays its own size under a steady rotation of two connections that is never drained', async () => {
    const Queue = ((await import(pathToFileURL(path.join(packageRoot, build)).href)) as QueueModule).default;
    const open = Queue<string>(['first', 'second']);
    const seen = watchIndexOf();
    for (let statement = 0; statement < 20_000; statement += 1) {
      const connection = open.shift();
      open.remove(connection);
      open.push(connection);
    }
    Array.prototype.indexOf = originalIndexOf;
    expect(open.length).toBe(2);
    expect(seen.longest).toBeLessThan(2_000);
    expect(seen.scanned / 20_000).toBeLessThan(4);
  });

  it('still removes a waiting entry and keeps the order of the others', async () => {
    const Queue = ((await import(pathToFileURL(path.join(packageRoot, build)).href)) as QueueModule).default;
    const queue = Queue<number>();
    for (let n = 0; n < 3_000; n += 1) queue.push(n);
    for (let n = 0; n < 1_500; n += 1) expect(queue.shift()).toBe(n);
    expect(queue.remove(1_600)).toBe(1_600);
    expect(queue.remove(10)).toBeNull();
    expect(queue.length).toBe(1_499);
    expect(Array.from({ length: 3 }, () => queue.shift())).toEqual([1_500, 1_501, 1_502]);
  });
});
