import fs from 'node:fs';
import path from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { SCIM_TOKEN_FILE } from './fixtures/paths';
import { runCli } from './fixtures/run-cli';

setup('a SCIM token is created with npm run token:create; its secret is the scimToken fixture', async () => {
  const output = await runCli('token:create', ['--name', 'e2e', '--expires-in', '1d']);
  const secret = output.trim().split('\n').at(-1)?.trim() ?? '';
  expect(secret.length).toBeGreaterThan(20);
  fs.mkdirSync(path.dirname(SCIM_TOKEN_FILE), { recursive: true });
  fs.writeFileSync(SCIM_TOKEN_FILE, secret, { mode: 0o600 });
});
