import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Where embedded PGlite keeps its files; `ROSTER_DATA_DIR` overrides the default `.data/`. */
export function dataDirectory(): string {
  return path.resolve(process.env.ROSTER_DATA_DIR || '.data');
}

/** The unix socket a serving process exposes its PGlite on, so other processes reach the data through it. */
export function socketPath(dataDir: string): string {
  return path.join(dataDir, '.s.PGSQL.5432');
}

function lockPath(dataDir: string): string {
  return path.join(dataDir, 'roster.pid');
}

/** True when a process is listening on the data folder's socket. */
export function isSocketServing(socket: string): Promise<boolean> {
  if (!fs.existsSync(socket)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const probe = net.connect(socket);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the folder for this process. PGlite is single-process: a second writer would corrupt it, so
 * a live owner that is not serving its socket is a clear error rather than a silent second open.
 */
export function claimDataDirectory(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = lockPath(dataDir);
  try {
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
  } catch {
    const owner = Number(fs.readFileSync(lock, 'utf8'));
    if (owner && owner !== process.pid && isProcessAlive(owner)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${owner}, which is not serving it on ${socketPath(dataDir)}. ` +
          'Stop that process, or set DATABASE_URL to use PostgreSQL.',
      );
    }
    fs.writeFileSync(lock, String(process.pid));
  }
  return () => {
    try {
      if (fs.readFileSync(lock, 'utf8') === String(process.pid)) fs.unlinkSync(lock);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
