import { HOUR_MS } from '@/lib/time/durations';

/**
 * Runs a housekeeping task now and then every `intervalMs` inside the server process. The timer is unref'd so it
 * never keeps a process alive, runs never overlap, and a failed run is logged and retried at the next tick.
 * Returns a function that stops the schedule.
 */
export function scheduleRepeating(name: string, task: () => Promise<void>, intervalMs: number = HOUR_MS): () => void {
  let isRunning = false;

  async function run(): Promise<void> {
    if (isRunning) return;
    isRunning = true;
    try {
      await task();
    } catch (error) {
      console.error(`[housekeeping] ${name} failed; retrying at the next interval`, error);
    } finally {
      isRunning = false;
    }
  }

  const first = setTimeout(() => void run(), 0);
  const timer = setInterval(() => void run(), intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
