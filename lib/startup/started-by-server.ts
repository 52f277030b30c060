// On globalThis so that Next's bundled copy of this module (instrumentation.ts) sees what Roster's server set.
const holder = globalThis as unknown as { rosterServerRunsStartup?: boolean };

/** Roster's own server runs the start-up duties itself; Next's instrumentation hook must not run them again. */
export function markStartupRunByServer(): void {
  holder.rosterServerRunsStartup = true;
}

export function isStartupRunByServer(): boolean {
  return holder.rosterServerRunsStartup === true;
}
