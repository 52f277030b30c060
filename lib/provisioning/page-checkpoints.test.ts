import { describe, expect, it } from 'vitest';
import { PageCheckpoints } from './page-checkpoints';

const key = (n: number) => ({ createdAt: `2026-01-01 00:00:${String(n).padStart(2, '0')}.000001+00`, id: `id-${n}` });

describe('PageCheckpoints', () => {
  it('finds the checkpoint at the highest position at or before the one asked', () => {
    const checkpoints = new PageCheckpoints();
    checkpoints.save('users', 100, key(1));
    checkpoints.save('users', 200, key(2));
    checkpoints.save('users', 300, key(3));
    expect(checkpoints.nearest('users', 250)).toEqual({ position: 200, ...key(2) });
    expect(checkpoints.nearest('users', 300)).toEqual({ position: 300, ...key(3) });
    expect(checkpoints.nearest('users', 99)).toBeUndefined();
  });

  it('keeps each list apart', () => {
    const checkpoints = new PageCheckpoints();
    checkpoints.save('users null', 100, key(1));
    expect(checkpoints.nearest('users {"op":"sw"}', 150)).toBeUndefined();
    expect(checkpoints.nearest('groups null', 150)).toBeUndefined();
  });

  it('replaces the key saved at a position with the newer one', () => {
    const checkpoints = new PageCheckpoints();
    checkpoints.save('users', 100, key(1));
    checkpoints.save('users', 100, key(9));
    expect(checkpoints.nearest('users', 100)).toEqual({ position: 100, ...key(9) });
  });

  it('forgets checkpoints after five minutes', () => {
    let now = 0;
    const checkpoints = new PageCheckpoints(() => now);
    checkpoints.save('users', 100, key(1));
    now = 5 * 60_000 - 1;
    expect(checkpoints.nearest('users', 100)).toBeDefined();
    checkpoints.save('users', 200, key(2));
    now = 5 * 60_000 + 1;
    expect(checkpoints.nearest('users', 250)).toEqual({ position: 200, ...key(2) });
    expect(checkpoints.nearest('users', 150)).toBeUndefined();
  });

  it('holds at most 64 lists, forgetting the least recently saved', () => {
    const checkpoints = new PageCheckpoints();
    for (let list = 0; list < 65; list++) checkpoints.save(`list ${list}`, 10, key(list % 60));
    expect(checkpoints.nearest('list 0', 10)).toBeUndefined();
    expect(checkpoints.nearest('list 1', 10)).toBeDefined();
    expect(checkpoints.nearest('list 64', 10)).toBeDefined();
  });

  it('holds at most 4,096 positions per list, forgetting the oldest', () => {
    const checkpoints = new PageCheckpoints();
    for (let position = 1; position <= 4097; position++) checkpoints.save('users', position * 10, key(position % 60));
    expect(checkpoints.nearest('users', 15)).toBeUndefined();
    expect(checkpoints.nearest('users', 25)).toMatchObject({ position: 20 });
  });
});
