import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { getSettings } from '@/lib/settings/get-settings';
import { createToken } from '@/lib/tokens/create-token';
import { parseDuration } from '@/lib/tokens/parse-duration';
import { DAY_MS } from '@/lib/time/day-ms';
import { reportRefusal } from './report-refusal';

const USAGE = `Creates a SCIM bearer token and prints its secret once, alone on the last line.

Usage: npm run token:create -- --name <name> [--expires-in <duration>]

  --name        what the token is for, for example "Entra ID production" (1 to 100 characters)
  --expires-in  a whole number with a unit s, m, h or d, for example 90d (default: the console's
                token expiry setting, 180d unless changed; at most the configured maximum)

Works while Roster runs: on embedded PGlite it goes through the server's socket.`;

function fail(message: string): never {
  console.error(`token:create: ${message}`);
  process.exit(1);
}

function readArguments(): { name: string; expiresIn?: string } {
  try {
    const { values } = parseArgs({
      options: { name: { type: 'string' }, 'expires-in': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (!values.name?.trim()) fail(`--name is required.\n\n${USAGE}`);
    return { name: values.name, expiresIn: values['expires-in'] };
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const args = readArguments();
  let lifetimeMs: number | undefined;
  try {
    lifetimeMs = args.expiresIn === undefined ? undefined : parseDuration(args.expiresIn);
  } catch (error) {
    fail(`--expires-in: ${(error as Error).message}`);
  }

  const database = await openDatabase();
  try {
    const now = new Date();
    const { tokenExpiryDefaultDays } = await getSettings(database.db);
    const lifetime = lifetimeMs ?? tokenExpiryDefaultDays * DAY_MS;

    const { token, secret } = await createToken(database.db, {
      name: args.name,
      expiresAt: new Date(now.getTime() + lifetime),
      createdBy: `cli (${os.userInfo().username})`,
      actor: { type: 'system', name: 'npm run token:create' },
      now,
    });
    console.log(`Created token "${token.name}" (id ${token.id}, prefix ${token.prefix}), expires ${token.expiresAt.toISOString()}.`);
    console.log('Copy the secret below now: it is not stored and will not be shown again.');
    console.log(secret);
  } catch (error) {
    reportRefusal('token:create', error);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
