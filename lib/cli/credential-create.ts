import os from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import type { Database } from '@/db/database';
import type { AuditActor } from '@/lib/audit/audit-actor';
import { getSettings } from '@/lib/settings/get-settings';
import { parseDuration } from '@/lib/tokens/parse-duration';
import { DAY_MS } from '@/lib/time/durations';
import { reportRefusal } from './report-refusal';

type CreateInput = { name: string; expiresAt: Date; createdBy: string; actor: AuditActor; now: Date };
type Created = { credential: { id: string; name: string; prefix: string; expiresAt: Date }; secret: string };

/** What one kind of credential (SCIM token, API key) brings to the shared command: its words and its create service. */
export type CredentialCommand = {
  /** The npm script, e.g. `token:create`: names the command in messages and the audit log. */
  command: string;
  /** What the command creates, as the usage's first line says it, e.g. `a SCIM bearer token`. */
  creates: string;
  /** The credential's name in the report, e.g. `API key`, and in the usage's option text, e.g. `key`. */
  noun: { created: string; short: string };
  nameExample: string;
  create: (db: Database, input: CreateInput) => Promise<Created>;
};

function usage(kind: CredentialCommand): string {
  return `Creates ${kind.creates} and prints its secret once, alone on the last line.

Usage: npm run ${kind.command} -- --name <name> [--expires-in <duration>]

  --name        what the ${kind.noun.short} is for, for example "${kind.nameExample}" (1 to 100 characters)
  --expires-in  a whole number with a unit s, m, h or d, for example 90d (default: the console's
                token expiry setting, 180d unless changed; at most the configured maximum)

Works while Roster runs: on embedded PGlite it goes through the server's socket.`;
}

function fail(kind: CredentialCommand, message: string): never {
  console.error(`${kind.command}: ${message}`);
  process.exit(1);
}

function readArguments(kind: CredentialCommand): { name: string; lifetimeMs?: number } {
  let values: { name?: string; 'expires-in'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { name: { type: 'string' }, 'expires-in': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    fail(kind, `${(error as Error).message}\n\n${usage(kind)}`);
  }
  if (values.help) {
    console.log(usage(kind));
    process.exit(0);
  }
  if (!values.name?.trim()) fail(kind, `--name is required.\n\n${usage(kind)}`);
  try {
    return { name: values.name, lifetimeMs: values['expires-in'] === undefined ? undefined : parseDuration(values['expires-in']) };
  } catch (error) {
    fail(kind, `--expires-in: ${(error as Error).message}`);
  }
}

async function createCredential(kind: CredentialCommand): Promise<void> {
  const args = readArguments(kind);
  const database = await openDatabase();
  try {
    const now = new Date();
    const { tokenExpiryDefaultDays } = await getSettings(database.db);
    const lifetime = args.lifetimeMs ?? tokenExpiryDefaultDays * DAY_MS;
    const { credential, secret } = await kind.create(database.db, {
      name: args.name,
      expiresAt: new Date(now.getTime() + lifetime),
      createdBy: `cli (${os.userInfo().username})`,
      actor: { type: 'system', name: `npm run ${kind.command}` },
      now,
    });
    console.log(`Created ${kind.noun.created} "${credential.name}" (id ${credential.id}, prefix ${credential.prefix}), expires ${credential.expiresAt.toISOString()}.`);
    console.log('Copy the secret below now: it is not stored and will not be shown again.');
    console.log(secret);
  } catch (error) {
    reportRefusal(kind.command, error);
  } finally {
    await database.close();
  }
}

/**
 * `token:create` and `apikey:create`: reads `--name` and `--expires-in` (default: the console's expiry setting),
 * creates the credential through its service and prints the secret alone on the last line. Bad arguments exit 1;
 * a service's refusal exits with its kind's status (`report-refusal.ts`).
 */
export function runCredentialCreate(kind: CredentialCommand): void {
  createCredential(kind).catch((error: unknown) => fail(kind, error instanceof Error ? error.message : String(error)));
}
