import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/client';
import { openServingDatabase } from '@/db/serving-test-database';
import { verifyApiKey } from '@/lib/api-keys/verify-api-key';
import { verifyBearerToken } from '@/lib/tokens/verify-bearer-token';

const CLI_TIMEOUT = 180_000;
let dataDir: string;
/** Stands in for the running server: it holds the embedded database and serves it on the folder's socket. */
let server: OpenDatabase;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-apikey-cli-'));
  server = await openServingDatabase(dataDir);
}, CLI_TIMEOUT);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the CLI as `npm run apikey:create` does (tsx), against the embedded database the "server" holds. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ROSTER_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'lib/cli/apikey-create.ts', ...args], { env, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run apikey:create', () => {
  it.concurrent.each([
    ['an unknown unit', ['--name', 'x', '--expires-in', '2w'], /--expires-in: Unknown unit "w" in "2w"/],
    ['a missing name', ['--expires-in', '90d'], /--name is required/],
    ['a lifetime over the maximum', ['--name', 'x', '--expires-in', '400d'], /apikey:create: expiry: Tokens can last at most 365 days/],
  ])('refuses %s with exit code 1 and prints no secret', async (_case, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).not.toMatch(/roster_key_/);
  }, CLI_TIMEOUT);

  it('creates a key while the server holds the database, printing the secret alone on the last line', async () => {
    const created = await run(['--name', 'Billing backend', '--expires-in', '90d']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Created API key "Billing backend" \(id [0-9a-f-]{36}, prefix roster_key_.{5}\), expires /);
    const secret = lines.at(-1) ?? '';
    expect(secret).toMatch(/^roster_key_[A-Za-z0-9_-]{43}$/);

    const input = { authorization: `Bearer ${secret}`, clientAddress: '127.0.0.1', now: new Date() };
    expect(await verifyApiKey(server.db, input)).toMatchObject({ ok: true, apiKey: { name: 'Billing backend' } });
    // The same secret is no SCIM token.
    expect(await verifyBearerToken(server.db, input)).toMatchObject({ ok: false, reason: 'malformed' });
  }, CLI_TIMEOUT);
});
