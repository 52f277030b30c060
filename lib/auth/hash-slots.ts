/**
 * At most this many password hashes (scrypt, 128 MiB and a few hundred ms each) run at once in this process.
 * Beyond it a sign-in or setup is refused with 429 at once rather than queued, so a flood of sign-ins cannot
 * starve SCIM traffic of CPU and memory. scrypt runs on libuv's thread pool (4 threads by default), which the
 * server also needs for file I/O and response compression: four concurrent hashes held it whole and pushed SCIM
 * latency to 8 s in a 96-sign-in flood (measured), so the cap leaves half of it free.
 */
export const MAX_CONCURRENT_HASHES = 2;

let active = 0;

/** Runs `work` in a hash slot, or returns `{ isBusy: true }` without running it when every slot is taken. */
export async function withHashSlot<T>(work: () => Promise<T>): Promise<{ isBusy: false; value: T } | { isBusy: true }> {
  if (active >= MAX_CONCURRENT_HASHES) return { isBusy: true };
  active += 1;
  try {
    return { isBusy: false, value: await work() };
  } finally {
    active -= 1;
  }
}
