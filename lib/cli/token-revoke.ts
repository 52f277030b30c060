import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { revokeTokenByName } from '@/lib/tokens/revoke-token-by-name';
import { reportRefusal } from './report-refusal';

const USAGE = `Revokes every SCIM bearer token with the given name, at once.

Usage: npm run token:revoke -- --name <name>

Works while Roster runs: on embedded PGlite it goes through the server's socket.`;

function fail(message: string): never {
  console.error(`token:revoke: ${message}`);
  process.exit(1);
}

function readName(): string {
  try {
    const { values } = parseArgs({ options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.name?.trim()) fail(`--name is required.\n\n${USAGE}`);
    return values.name;
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const name = readName();
  const database = await openDatabase();
  try {
    const revoked = await revokeTokenByName(database.db, { name, actor: { type: 'system', name: 'npm run token:revoke' }, now: new Date() });
    if (revoked.length === 0) console.log(`Every token named "${name.trim()}" was already revoked.`);
    for (const token of revoked) console.log(`Revoked token "${token.name}" (id ${token.id}, prefix ${token.prefix}).`);
  } catch (error) {
    reportRefusal('token:revoke', error);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
