import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { getSettings } from '@/lib/settings/get-settings';
import { parseDuration } from '@/lib/tokens/parse-duration';
import { DAY_MS } from '@/lib/time/day-ms';
import { reportRefusal } from './report-refusal';

const USAGE = `Creates an application API key (for /api/v1) and prints its secret once, alone on the last line.

Usage: npm run apikey:create -- --name <name> [--expires-in <duration>]

  --name        what the key is for, for example "Billing backend" (1 to 100 characters)
  --expires-in  a whole number with a unit s, m, h or d, for example 90d (default: the console's
                token expiry setting, 180d unless changed; at most the configured maximum)

Works while Roster runs: on embedded PGlite it goes through the server's socket.`;

function fail(message: string): never {
  console.error(`apikey:create: ${message}`);
  process.exit(1);
}

function readArguments(): { name: string; lifetimeMs?: number } {
  let values: { name?: string; 'expires-in'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { name: { type: 'string' }, 'expires-in': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.name?.trim()) fail(`--name is required.\n\n${USAGE}`);
  try {
    return { name: values.name, lifetimeMs: values['expires-in'] === undefined ? undefined : parseDuration(values['expires-in']) };
  } catch (error) {
    fail(`--expires-in: ${(error as Error).message}`);
  }
}

async function main(): Promise<void> {
  const args = readArguments();
  const database = await openDatabase();
  try {
    const now = new Date();
    const { tokenExpiryDefaultDays } = await getSettings(database.db);
    const lifetime = args.lifetimeMs ?? tokenExpiryDefaultDays * DAY_MS;
    const { apiKey, secret } = await createApiKey(database.db, {
      name: args.name,
      expiresAt: new Date(now.getTime() + lifetime),
      createdBy: `cli (${os.userInfo().username})`,
      actor: { type: 'system', name: 'npm run apikey:create' },
      now,
    });
    console.log(`Created API key "${apiKey.name}" (id ${apiKey.id}, prefix ${apiKey.prefix}), expires ${apiKey.expiresAt.toISOString()}.`);
    console.log('Copy the secret below now: it is not stored and will not be shown again.');
    console.log(secret);
  } catch (error) {
    reportRefusal('apikey:create', error);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
