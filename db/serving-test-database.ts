import { openDatabase, type OpenDatabase } from './client';

/**
 * Stands in for the running server in tests: embedded PGlite in `dataDir`, migrated and served on the folder's
 * socket, whatever database the test run itself uses.
 */
export async function openServingDatabase(dataDir: string): Promise<OpenDatabase> {
  const saved = { dir: process.env.ROSTER_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.ROSTER_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  try {
    return await openDatabase({ serveSocket: true });
  } finally {
    if (saved.dir === undefined) delete process.env.ROSTER_DATA_DIR;
    else process.env.ROSTER_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
  }
}
