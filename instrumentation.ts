/** Next.js start hook: the Node server migrates, prints the setup link and starts housekeeping before serving. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startRoster } = await import('./lib/startup/start-roster');
    await startRoster();
  }
}
