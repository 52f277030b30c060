import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { dataDirectory } from '@/db/pglite-folder';
import { getEnv } from '@/lib/env';

const SECRET_FILE = 'nextauth-secret';

/**
 * The key that signs console sessions: NEXTAUTH_SECRET, or outside production one generated on first use
 * and kept in the data folder, so sessions survive restarts without any configuration.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;

  const folder = dataDirectory();
  const file = path.join(folder, SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(folder, { recursive: true });
    const draft = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(draft, randomBytes(32).toString('base64url'), { mode: 0o600 });
    try {
      // link() fails when another process got there first; its secret wins and this draft is dropped.
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
