import { describe, expect, it } from 'vitest';
import { consoleBaseUrl, parseEnv, usesSecureCookies } from './env';

const SECRET = 'x'.repeat(32);

describe('environment', () => {
  it('needs nothing in development: PGlite, a generated secret, port 3000', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(consoleBaseUrl(env)).toBe('http://localhost:3000');
  });

  it('treats blank values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', NEXTAUTH_URL: ' ', PORT: '' })).toMatchObject({ PORT: 3000, DATABASE_URL: undefined });
  });

  it('takes the public URL without a trailing slash and the port from the environment', () => {
    expect(consoleBaseUrl(parseEnv({ NEXTAUTH_URL: 'https://roster.example.com/' }))).toBe('https://roster.example.com');
    expect(consoleBaseUrl(parseEnv({ PORT: '4000' }))).toBe('http://localhost:4000');
  });

  it.each([
    ['production without a session secret', { NODE_ENV: 'production' }, /NEXTAUTH_SECRET: is required in production/],
    ['a short secret', { NEXTAUTH_SECRET: 'short' }, /NEXTAUTH_SECRET: must be at least 32 characters/],
    ['a database URL that is not PostgreSQL', { DATABASE_URL: 'mysql://db/roster' }, /DATABASE_URL: must be a postgres:\/\//],
    ['a public URL without a scheme', { NEXTAUTH_URL: 'roster.example.com' }, /NEXTAUTH_URL: must be the console’s public http\(s\) URL/],
    ['a port out of range', { PORT: '70000' }, /PORT: /],
    ['a plain-http public URL in production', { NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'http://roster.example.com' }, /NEXTAUTH_URL: must be an https:\/\/ URL in production/],
    ['a negative number of trusted proxies', { TRUSTED_PROXY_HOPS: '-1' }, /TRUSTED_PROXY_HOPS: /],
    ['a number of trusted proxies that is not a number', { TRUSTED_PROXY_HOPS: 'all' }, /TRUSTED_PROXY_HOPS: /],
  ])('refuses %s, naming the variable', (_, source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('takes https (or http on localhost) as the public URL in production, and then makes cookies Secure', () => {
    const https = parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'https://roster.example.com' });
    expect(usesSecureCookies(https)).toBe(true);
    const local = parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'http://127.0.0.1:3100' });
    expect(usesSecureCookies(local)).toBe(false);
  });

  it('trusts no proxy unless told how many are in front', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it('keeps 10 PostgreSQL connections per process unless told otherwise, and refuses a pool of none', () => {
    expect(parseEnv({}).DATABASE_POOL_SIZE).toBe(10);
    expect(parseEnv({ DATABASE_POOL_SIZE: '4' }).DATABASE_POOL_SIZE).toBe(4);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: '0' })).toThrow(/DATABASE_POOL_SIZE: must be at least 1/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: 'many' })).toThrow(/DATABASE_POOL_SIZE/);
  });

  it('keeps 2 connections per process for the hot path statements unless told otherwise, and refuses none', () => {
    expect(parseEnv({}).DATABASE_PIPELINE_SIZE).toBe(2);
    expect(parseEnv({ DATABASE_PIPELINE_SIZE: '6' }).DATABASE_PIPELINE_SIZE).toBe(6);
    expect(() => parseEnv({ DATABASE_PIPELINE_SIZE: '0' })).toThrow(/DATABASE_PIPELINE_SIZE: must be at least 1/);
    expect(() => parseEnv({ DATABASE_PIPELINE_SIZE: '33' })).toThrow(/DATABASE_PIPELINE_SIZE/);
  });

  it('keeps an idle connection open 65 seconds unless told otherwise, longer than the load balancers in front', () => {
    expect(parseEnv({}).KEEP_ALIVE_TIMEOUT_SECONDS).toBe(65);
    expect(parseEnv({ KEEP_ALIVE_TIMEOUT_SECONDS: '350' }).KEEP_ALIVE_TIMEOUT_SECONDS).toBe(350);
    for (const wrong of ['0', '3601', '1.5', 'forever']) {
      expect(() => parseEnv({ KEEP_ALIVE_TIMEOUT_SECONDS: wrong })).toThrow(/KEEP_ALIVE_TIMEOUT_SECONDS: must be a whole number of seconds from 1 to 3600/);
    }
  });

  it('names every wrong variable at once', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL[\s\S]*NEXTAUTH_SECRET/);
  });

  it('accepts a production environment with a PostgreSQL URL and a secret', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://roster@db:5432/roster', NEXTAUTH_SECRET: SECRET });
    expect(env.DATABASE_URL).toBe('postgresql://roster@db:5432/roster');
  });
});
