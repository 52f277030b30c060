import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/database';
import * as schema from '@/db/schema';
import type { BearerCheck } from '@/lib/scim';
import { verifyBearerToken } from '@/lib/tokens/verify-bearer-token';

const CLI_TIMEOUT = 180_000;
let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-token-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** Runs a CLI as `npm run` does (tsx), without npx's start-up, against an embedded database in a fresh folder. */
function run(script: 'token-create' | 'token-revoke', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, ROSTER_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], { env, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function verifyInFolder(secret: string): Promise<BearerCheck> {
  const client = await PGlite.create(dataDir);
  try {
    const db = drizzle(client, { schema }) as unknown as Database;
    return await verifyBearerToken(db, { authorization: `Bearer ${secret}`, clientAddress: '127.0.0.1', now: new Date() });
  } finally {
    await client.close();
  }
}

describe('npm run token:create / token:revoke', () => {
  it.concurrent.each([
    ['an unknown unit', ['--name', 'x', '--expires-in', '2w'], /--expires-in: Unknown unit "w" in "2w": use s, m, h or d/],
    ['a missing unit', ['--name', 'x', '--expires-in', '90'], /--expires-in: "90" has no unit/],
    ['a missing name', ['--expires-in', '90d'], /--name is required/],
    ['an unknown option', ['--name', 'x', '--expires', '90d'], /Unknown option '--expires'/],
    ['a lifetime over the maximum', ['--name', 'x', '--expires-in', '400d'], /token:create: expiry: Tokens can last at most 365 days/],
  ])('token:create refuses %s with exit code 1', async (_case, args, message) => {
    const result = await run('token-create', args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).not.toMatch(/roster_/);
  }, CLI_TIMEOUT);

  it('token:revoke refuses a missing name with exit code 1', async () => {
    const result = await run('token-revoke', []);
    expect(result).toMatchObject({ code: 1, stderr: expect.stringContaining('--name is required') });
  }, CLI_TIMEOUT);

  it('creates a token whose secret is alone on the last line and verifies, then revokes it by name', async () => {
    const created = await run('token-create', ['--name', 'Entra ID production', '--expires-in', '90d']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const lines = created.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Created token "Entra ID production" \(id [0-9a-f-]{36}, prefix roster_.{5}\), expires /);
    const secret = lines.at(-1) ?? '';
    expect(secret).toMatch(/^roster_[A-Za-z0-9_-]{43}$/);

    const valid = await verifyInFolder(secret);
    expect(valid).toMatchObject({ ok: true, token: { name: 'Entra ID production' } });

    const unknown = await run('token-revoke', ['--name', 'Okta']);
    // Not found has its own exit status (lib/cli/report-refusal.ts), apart from bad input's 1.
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('There is no token named "Okta"') });

    const revoked = await run('token-revoke', ['--name', 'Entra ID production']);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining('Revoked token "Entra ID production"') });
    expect(await verifyInFolder(secret)).toMatchObject({ ok: false, reason: 'revoked' });
  }, CLI_TIMEOUT * 4);
});
