import { openDatabase } from '@/db/client';
import { dataDirectory } from '@/db/pglite-folder';

const WHERE = {
  postgres: () => 'PostgreSQL (DATABASE_URL)',
  pglite: () => `embedded PGlite in ${dataDirectory()}`,
  'pglite-socket': () => `embedded PGlite in ${dataDirectory()}, through the running server`,
} as const;

/** `npm run db:migrate`: applies pending migrations (Roster also does so on every start). */
async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    console.log(`Migrations are up to date on ${WHERE[database.driver]()}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
