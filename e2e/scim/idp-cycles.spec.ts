import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { runCli } from '../fixtures/run-cli';
import { replayTranscript, type ReplaySend, type Transcript } from './replay';

const folder = path.join(import.meta.dirname, 'transcripts');

function load(idp: 'entra' | 'okta'): Transcript[] {
  return fs
    .readdirSync(path.join(folder, idp))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(folder, idp, file), 'utf8')) as Transcript);
}

let secret: string;
// Its own token from `npm run token:create` (the secret is the last line), so SCIM runs without the console setup.
test.beforeAll(async () => {
  const output = await runCli('token:create', ['--name', `e2e-scim-${Date.now()}`, '--expires-in', '1d']);
  secret = output.trim().split('\n').at(-1)!.trim();
});

for (const idp of ['entra', 'okta'] as const) {
  test(`${idp} cycle over HTTP`, async ({ request }) => {
    const send: ReplaySend = async ({ method, path: target, headers, body }) => {
      const response = await request.fetch(`/scim/v2${target}`, {
        method,
        headers: { authorization: `Bearer ${secret}`, ...headers },
        data: body === undefined ? undefined : JSON.stringify(body),
        failOnStatusCode: false,
      });
      const text = await response.text();
      return { status: response.status(), headers: response.headers(), body: text ? JSON.parse(text) : null };
    };
    const run = `${idp}${Date.now().toString(36)}`;
    for (const transcript of load(idp)) {
      expect(await replayTranscript(transcript, send, run), transcript.title).toEqual([]);
    }
  });
}
