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
    // Tab, newline and carriage return are stripped by browsers, so `/\t/evil` would become `//evil`.
    ['/\t/evil.example.com/phish', '/overview'],
    ['/\n/evil.example.com', '/overview'],
    ['/\r\n/evil.example.com', '/overview'],
    [' /evil', '/overview'],
    ['/tokens /x', '/overview'],
    // A backslash anywhere is a slash to a browser.
    ['/\\evil.example.com', '/overview'],
    ['/tokens\\..\\\\evil.example.com', '/overview'],
    // Encoded forms stay encoded in the path: they cannot change the origin.
    ['/%09/evil.example.com/phish', '/%09/evil.example.com/phish'],
    ['/%2F%2Fevil.example.com', '/%2F%2Fevil.example.com'],
    // Absolute and scheme-relative forms.
    ['http://evil.example.com', '/overview'],
    ['HTTPS://evil.example.com/x', '/overview'],
    ['/\u0000/evil.example.com', '/overview'],
    ['/./\/evil.example.com', '/overview'],
    ['/%2e%2e/%2e%2e//evil.example.com', '/overview'],
    // Non-ASCII is kept as an encoded path, never an error.
    ['/benutzer/müller', '/benutzer/m%C3%BCller'],
    ['/\u2028/evil.example.com', '/overview'],
    ['/tokens?q=1#section', '/tokens?q=1#section'],
  ])('%s → %s', (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it('builds the login link that comes back to the page asked for', () => {
    expect(loginPath('/audit?outcome=failure')).toBe('/login?callbackUrl=%2Faudit%3Foutcome%3Dfailure');
    expect(loginPath(null)).toBe('/login');
  });
});
