import { describe, expect, it } from 'vitest';
import { loginPath, safeCallbackUrl } from './callback-url';

describe('where to go after signing in', () => {
  it.each([
    ['/tokens', '/tokens'],
    ['/audit?outcome=failure&from=2030-01-01', '/audit?outcome=failure&from=2030-01-01'],
    ['https://evil.example.com/', '/overview'],
    ['//evil.example.com', '/overview'],
    ['/\\evil.example.com', '/overview'],
    ['javascript:alert(1)', '/overview'],
    ['/login?callbackUrl=/tokens', '/overview'],
    ['/setup/abc', '/overview'],
    ['/', '/overview'],
    [undefined, '/overview'],
  ])('%s → %s', (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it('builds the login link that comes back to the page asked for', () => {
    expect(loginPath('/audit?outcome=failure')).toBe('/login?callbackUrl=%2Faudit%3Foutcome%3Dfailure');
    expect(loginPath(null)).toBe('/login');
  });
});
