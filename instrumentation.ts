/**
 * Next.js start hook, for the portable `next start` path: migrate, print the setup link and start housekeeping.
 * Under Roster's own server (lib/server, what `npm start` and `npm run dev` run) the server has done this already
 * in the right process, so the hook does nothing there.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { isStartupRunByServer } = await import('./lib/startup/started-by-server');
  if (isStartupRunByServer()) return;
  const { startRoster } = await import('./lib/startup/start-roster');
  await startRoster();
}
