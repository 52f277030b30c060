import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactChanges, redactText } from './redact';

const SECRET = `roster_${'A1b2-C3d4_'.repeat(4)}xyz`;

describe('redactText', () => {
  it.each([
    ['a Roster secret anywhere', `token ${SECRET} refused`, `token roster_${REDACTED} refused`],
    ['an Authorization header line', 'Authorization: Bearer abc.def.ghi', `Authorization: ${REDACTED}`],
    ['a quoted authorization value', '{"authorization":"Basic dXNlcjpwYXNz"}', `{"authorization":"${REDACTED}"}`],
    ['a bearer credential in prose', 'sent bearer eyJhbGciOiJIUzI1NiJ9 twice', `sent bearer ${REDACTED} twice`],
    ['a token in a query string', '/scim/v2/Users?access_token=abc123&count=1', `/scim/v2/Users?access_token=${REDACTED}&count=1`],
    ['a password in a query string', '/x?user=a&password=hunter2', `/x?user=a&password=${REDACTED}`],
    ['a NUL character PostgreSQL would refuse', 'a\u0000b', 'ab'],
    ['a JSON password value', '{"userName":"a","password":"hunter2 x"}', `{"userName":"a","password":"${REDACTED}"}`],
    ['an unquoted JSON secret value', '{"clientSecret": 12345, "x": 1}', `{"clientSecret": "${REDACTED}", "x": 1}`],
    ['a truncated JSON password value', '..."password":"hunt', `..."password":"${REDACTED}"`],
    ['a Basic credential in upper case', 'sent BASIC dXNlcjpwYXNzd29yZA==', `sent BASIC ${REDACTED}`],
    ['a token in a query string in upper case', '/x?TOKEN=abc123', `/x?TOKEN=${REDACTED}`],
    ['an API key after a semicolon', '/x;apikey=abc123', `/x;apikey=${REDACTED}`],
    ['an auth parameter', '/x?a=1&auth=abc123', `/x?a=1&auth=${REDACTED}`],
  ])('masks %s', (_case, input, output) => expect(redactText(input)).toBe(output));

  it.each([
    ['the 12-character display prefix', 'prefix roster_abcde'],
    ['a realm challenge', 'Bearer realm="scim"'],
    ['an ordinary path', '/scim/v2/Users/2819c223-7f76-453a-919d-413861904646'],
  ])('keeps %s', (_case, input) => expect(redactText(input)).toBe(input));
});

describe('redact', () => {
  it('masks secret-named keys and secrets inside strings at any depth, without changing the input', () => {
    const input = {
      headers: { Authorization: `Bearer ${SECRET}`, 'content-type': 'application/scim+json', Cookie: 'session=1' },
      body: {
        Operations: [{ op: 'add', value: { password: 'P@ssw0rd!', nested: [{ deeper: { note: `copy of ${SECRET}` } }] } }],
      },
      token: { id: 't1', name: 'Entra' },
      tokenId: 't1',
      access_token: 'abc',
      clientSecret: 'shh',
      'x-api-key': 'k',
      count: 3,
      missing: null,
    };
    const output = redact(input);

    expect(output).toEqual({
      headers: { Authorization: REDACTED, 'content-type': 'application/scim+json', Cookie: REDACTED },
      body: { Operations: [{ op: 'add', value: { password: REDACTED, nested: [{ deeper: { note: `copy of roster_${REDACTED}` } }] } }] },
      token: { id: 't1', name: 'Entra' },
      tokenId: 't1',
      access_token: REDACTED,
      clientSecret: REDACTED,
      'x-api-key': REDACTED,
      count: 3,
      missing: null,
    });
    expect(JSON.stringify(output)).not.toContain(SECRET);
    expect(input.headers.Authorization).toContain(SECRET);
  });

  it('masks a string under a bare "token" key', () => {
    expect(redact({ token: 'opaque' })).toEqual({ token: REDACTED });
  });

  it('survives pathological nesting', () => {
    let deep: Record<string, unknown> = { leaf: SECRET };
    for (let level = 0; level < 200; level += 1) deep = { child: deep };
    expect(JSON.stringify(redact(deep))).not.toContain(SECRET);
  });
});

describe('redactChanges', () => {
  it('masks the values of secret fields whatever their path, and secrets inside other values', () => {
    expect(
      redactChanges([
        { field: 'password', old: null, new: 'P@ssw0rd!' },
        { field: 'urn:roster:params:scim:schemas:extension:roster:2.0:User:apiKey', old: 'a', new: 'b' },
        { field: 'title', old: 'Engineer', new: `pasted ${SECRET}` },
        { field: 'emails', old: [], new: [{ value: 'a@example.com', secret: 'x' }] },
      ]),
    ).toEqual([
      { field: 'password', old: null, new: REDACTED },
      { field: 'urn:roster:params:scim:schemas:extension:roster:2.0:User:apiKey', old: REDACTED, new: REDACTED },
      { field: 'title', old: 'Engineer', new: `pasted roster_${REDACTED}` },
      { field: 'emails', old: [], new: [{ value: 'a@example.com', secret: REDACTED }] },
    ]);
  });
});
