import { execFileSync } from 'node:child_process';

/**
 * A bearer token created the way an operator creates one: `npm run token:create`, whose last line of output
 * is the secret. It reaches the same database as the server under test (DATABASE_URL, or the PGlite folder
 * that the running server serves on its socket).
 */
export function createCliToken(name: string): string {
  const output = execFileSync('npm', ['run', '--silent', 'token:create', '--', '--name', name, '--expires-in', '1d'], {
    encoding: 'utf8',
    env: process.env,
  });
  const secret = output.trim().split('\n').pop()?.trim();
  if (!secret) throw new Error(`token:create printed no secret:\n${output}`);
  return secret;
}
