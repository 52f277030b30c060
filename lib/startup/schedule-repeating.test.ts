import { describe, expect, it, vi } from 'vitest';
import { scheduleRepeating } from './schedule-repeating';

describe('scheduleRepeating', () => {
  it('runs at start and at every interval, until stopped', async () => {
    const task = vi.fn(async () => {});
    const stop = scheduleRepeating('test task', task, 30);
    await vi.waitFor(() => expect(task.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    stop();
    const calls = task.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(task.mock.calls.length).toBeLessThanOrEqual(calls + 1);
  });

  it('never overlaps runs: a slow run makes the next ticks wait', async () => {
    let running = 0;
    let overlapped = false;
    const task = vi.fn(async () => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      running -= 1;
    });
    const stop = scheduleRepeating('slow task', task, 10);
    await new Promise((resolve) => setTimeout(resolve, 350));
    stop();
    expect(overlapped).toBe(false);
    expect(task.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('logs a failed run with the task name instead of throwing, and keeps going', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const task = vi.fn(async () => {
      throw new Error('database down');
    });
    const stop = scheduleRepeating('audit pruning', task, 20);
    await vi.waitFor(() => expect(task.mock.calls.length).toBeGreaterThanOrEqual(2));
    stop();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('audit pruning failed'), expect.any(Error));
    error.mockRestore();
  });
});
