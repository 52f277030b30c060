import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '@/db/database';
import { createTestDatabase } from '@/db/test-database';
import { scimDeps } from '@/lib/provisioning/scim-deps';
import { handleScimRequest, type ScimDeps } from '@/lib/scim';
import { DAY_MS } from '@/lib/time/durations';
import { createToken } from '@/lib/tokens/create-token';
import { replayTranscript, type ReplaySend, type Transcript } from './replay';

const folder = path.join(import.meta.dirname, 'transcripts');
const transcripts = ['entra', 'okta'].flatMap((idp) =>
  fs
    .readdirSync(path.join(folder, idp))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file: `${idp}/${file}`, transcript: JSON.parse(fs.readFileSync(path.join(folder, idp, file), 'utf8')) as Transcript })),
);

/** Sends a transcript step straight into the engine with the real stores, as the route adapter would. */
function engineSender(deps: ScimDeps, secret: string): ReplaySend {
  return async ({ method, path: target, headers, body }) => {
    const url = new URL(`http://roster.test/scim/v2${target}`);
    const response = await handleScimRequest(
      {
        method,
        segments: url.pathname.split('/').slice(3).map(decodeURIComponent),
        query: url.searchParams,
        headers: { authorization: `Bearer ${secret}`, ...Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])) },
        body: body === undefined ? null : new TextEncoder().encode(JSON.stringify(body)),
        origin: url.origin,
        clientAddress: '192.0.2.10',
      },
      deps,
    );
    const lowered = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    return { status: response.status, headers: lowered, body: response.body };
  };
}

describe('recorded IdP exchanges replayed through the engine', () => {
  let database: OpenDatabase;
  let send: ReplaySend;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { secret } = await createToken(database.db, { name: 'transcripts', expiresAt: new Date(Date.now() + DAY_MS), createdBy: 'test' });
    send = engineSender(await scimDeps(database.db), secret);
  });
  afterAll(() => database.close());

  it.each(transcripts.map(({ file, transcript }) => [file, transcript] as const))('%s', async (_file, transcript) => {
    expect(transcript.sources.length).toBeGreaterThan(0);
    expect(await replayTranscript(transcript, send, Math.random().toString(36).slice(2, 8))).toEqual([]);
  });
});
