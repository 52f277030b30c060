import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors/scim-error';
import type { FilterNode, FilterValue } from './ast';
import { filterPosition, parseFilter } from './parse';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const userName = { attribute: 'userName' };
const eq = (attribute: string, value: FilterValue): FilterNode => ({
  kind: 'compare',
  path: { attribute },
  op: 'eq',
  value,
});

describe('parseFilter: valid filters (RFC 7644 §3.4.2.2)', () => {
  const cases: [string, FilterNode][] = [
    ['userName eq "bjensen"', { kind: 'compare', path: userName, op: 'eq', value: 'bjensen' }],
    // Entra's Test Connection: a random GUID must parse and simply find nothing.
    [
      'userName eq "6a3c0a2e-1c2d-4f5e-9a8b-7c6d5e4f3a2b"',
      { kind: 'compare', path: userName, op: 'eq', value: '6a3c0a2e-1c2d-4f5e-9a8b-7c6d5e4f3a2b' },
    ],
    ...(['ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const).map((op): [string, FilterNode] => [
      `title ${op} "x"`,
      { kind: 'compare', path: { attribute: 'title' }, op, value: 'x' },
    ]),
    ['title pr', { kind: 'present', path: { attribute: 'title' } }],
    ['UserName EQ "A" AnD title PR', { kind: 'and', left: { kind: 'compare', path: { attribute: 'UserName' }, op: 'eq', value: 'A' }, right: { kind: 'present', path: { attribute: 'title' } } }],
    ['name.givenName sw "Ba"', { kind: 'compare', path: { attribute: 'name', subAttribute: 'givenName' }, op: 'sw', value: 'Ba' }],
    [
      `${ENTERPRISE}:employeeNumber eq "701984"`,
      { kind: 'compare', path: { schema: ENTERPRISE, attribute: 'employeeNumber' }, op: 'eq', value: '701984' },
    ],
    [
      `${ENTERPRISE}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`,
      { kind: 'compare', path: { schema: ENTERPRISE, attribute: 'manager', subAttribute: 'value' }, op: 'eq', value: '26118915-6090-4610-87e4-49d8ca9f808d' },
    ],
    ['meta.lastModified gt "2011-05-13T04:42:34Z"', { kind: 'compare', path: { attribute: 'meta', subAttribute: 'lastModified' }, op: 'gt', value: '2011-05-13T04:42:34Z' }],
    ['active eq true', eq('active', true)],
    ['active eq FALSE', eq('active', false)],
    ['nickName eq null', eq('nickName', null)],
    ['count ge -1.5e3', { kind: 'compare', path: { attribute: 'count' }, op: 'ge', value: -1500 }],
    ['count eq 0', eq('count', 0)],
    ['title eq "a \\"quoted\\" \\\\ \\/ \\u00e9\\n\\t"', eq('title', 'a "quoted" \\ / é\n\t')],
    ['title eq ""', eq('title', '')],
    ['title eq "and or not ( ) [ ]"', eq('title', 'and or not ( ) [ ]')],
    // Precedence: not > and > or.
    ['a pr or b pr and c pr', { kind: 'or', left: { kind: 'present', path: { attribute: 'a' } }, right: { kind: 'and', left: { kind: 'present', path: { attribute: 'b' } }, right: { kind: 'present', path: { attribute: 'c' } } } }],
    ['a pr and b pr or c pr', { kind: 'or', left: { kind: 'and', left: { kind: 'present', path: { attribute: 'a' } }, right: { kind: 'present', path: { attribute: 'b' } } }, right: { kind: 'present', path: { attribute: 'c' } } }],
    ['(a pr or b pr) and c pr', { kind: 'and', left: { kind: 'or', left: { kind: 'present', path: { attribute: 'a' } }, right: { kind: 'present', path: { attribute: 'b' } } }, right: { kind: 'present', path: { attribute: 'c' } } }],
    ['not (a pr) and b pr', { kind: 'and', left: { kind: 'not', filter: { kind: 'present', path: { attribute: 'a' } } }, right: { kind: 'present', path: { attribute: 'b' } } }],
    ['a pr and b pr and c pr', { kind: 'and', left: { kind: 'and', left: { kind: 'present', path: { attribute: 'a' } }, right: { kind: 'present', path: { attribute: 'b' } } }, right: { kind: 'present', path: { attribute: 'c' } } }],
    ['NOT(a pr)', { kind: 'not', filter: { kind: 'present', path: { attribute: 'a' } } }],
    // Value paths keep the inner filter on one element.
    [
      'emails[type eq "work" and value co "@corp"]',
      { kind: 'valuePath', path: { attribute: 'emails' }, filter: { kind: 'and', left: eq('type', 'work'), right: { kind: 'compare', path: { attribute: 'value' }, op: 'co', value: '@corp' } } },
    ],
    ['emails[type eq "work"]', { kind: 'valuePath', path: { attribute: 'emails' }, filter: eq('type', 'work') }],
    ['roles[primary eq "True"]', { kind: 'valuePath', path: { attribute: 'roles' }, filter: eq('primary', 'True') }],
    [
      'emails[type eq "work" or (type eq "home" and not (primary eq true))]',
      { kind: 'valuePath', path: { attribute: 'emails' }, filter: { kind: 'or', left: eq('type', 'work'), right: { kind: 'and', left: eq('type', 'home'), right: { kind: 'not', filter: eq('primary', true) } } } },
    ],
    [
      'emails[type eq "work"].value eq "x"',
      { kind: 'valuePath', path: { attribute: 'emails' }, filter: { kind: 'and', left: eq('type', 'work'), right: eq('value', 'x') } },
    ],
    ['emails.value eq "x"', { kind: 'compare', path: { attribute: 'emails', subAttribute: 'value' }, op: 'eq', value: 'x' }],
    ['members[value eq "1"] or displayName eq "g"', { kind: 'or', left: { kind: 'valuePath', path: { attribute: 'members' }, filter: eq('value', '1') }, right: eq('displayName', 'g') }],
    ['  userName   eq\t"x"  ', { kind: 'compare', path: userName, op: 'eq', value: 'x' }],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it('records the 1-based position of each attribute expression', () => {
    const node = parseFilter('userName eq "a" or title pr');
    expect(node.kind).toBe('or');
    if (node.kind !== 'or') return;
    expect(filterPosition(node.left)).toBe(1);
    expect(filterPosition(node.right)).toBe(20);
  });
});

describe('parseFilter: unquoted values as Microsoft\'s reference SCIM server accepts them', () => {
  const cases: [string, FilterNode][] = [
    ['userName sw O', { kind: 'compare', path: userName, op: 'sw', value: 'O' }],
    ['name.familyName eq Employee', { kind: 'compare', path: { attribute: 'name', subAttribute: 'familyName' }, op: 'eq', value: 'Employee' }],
    ['meta.lastModified gt 2011-05-13T04:42:34Z', { kind: 'compare', path: { attribute: 'meta', subAttribute: 'lastModified' }, op: 'gt', value: '2011-05-13T04:42:34Z' }],
    ['userName eq bjensen and active eq true', { kind: 'and', left: eq('userName', 'bjensen'), right: eq('active', true) }],
    ['emails[type eq work and value co @corp]', { kind: 'valuePath', path: { attribute: 'emails' }, filter: { kind: 'and', left: eq('type', 'work'), right: { kind: 'compare', path: { attribute: 'value' }, op: 'co', value: '@corp' } } }],
    ['(userName eq ann) or (userName eq bob)', { kind: 'or', left: eq('userName', 'ann'), right: eq('userName', 'bob') }],
    ['count eq 01', eq('count', '01')],
    ['count eq -', eq('count', '-')],
    // true, false, null and numbers keep their types.
    ['active eq True', eq('active', true)],
    ['nickName eq NULL', eq('nickName', null)],
    ['count eq 42', eq('count', 42)],
    ['count eq -1.5', eq('count', -1.5)],
  ];

  it.each(cases)('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });

  it('reads quoted values exactly as before', () => {
    const quoted: [string, FilterValue][] = [
      ['"O"', 'O'], ['"true"', 'true'], ['"null"', 'null'], ['"42"', '42'], ['"2011-05-13T04:42:34Z"', '2011-05-13T04:42:34Z'], ['"and"', 'and'], ['"a b"', 'a b'],
    ];
    for (const [text, value] of quoted) expect(parseFilter(`userName eq ${text}`)).toEqual(eq('userName', value));
  });
});

describe('parseFilter: invalid filters are 400 invalidFilter naming the problem and its position', () => {
  const cases: [string, string][] = [
    ['', 'filter: the filter is empty'],
    ['   ', 'filter: the filter is empty'],
    ['userName eq', "filter: expected a value after 'eq' at position 12"],
    ['userName eq   ', "filter: expected a value after 'eq' at position 15"],
    ['userName eq and', "filter: expected a value after 'eq', found 'and' at position 13; write a value that is also a filter keyword in double quotes"],
    ['userName eq pr', "filter: expected a value after 'eq', found 'pr' at position 13; write a value that is also a filter keyword in double quotes"],
    ['userName eq )', "filter: expected a value after 'eq', found ')' at position 13"],
    ['userName equals "x"', "filter: unknown operator 'equals' at position 10; expected one of eq, ne, co, sw, ew, gt, ge, lt, le, pr"],
    ['userName', "filter: expected an operator after 'userName', found the end of the filter at position 9"],
    ['userName "x"', "filter: expected an operator after 'userName', found '\"x\"' at position 10"],
    ['userName eq "x" title pr', "filter: unexpected 'title' at position 17; expected 'and', 'or' or the end of the filter"],
    ['userName eq "x" and', 'filter: expected an attribute name, found the end of the filter at position 20'],
    ['and title pr', "filter: expected an attribute name, found 'and' at position 1"],
    ['(title pr', "filter: expected ')' to close '(' at position 1, found the end of the filter at position 10"],
    ['title pr)', "filter: unexpected ')' at position 9; expected 'and', 'or' or the end of the filter"],
    ['not title pr', "filter: expected '(' after 'not', found 'title' at position 5"],
    ['userName eq "abc', 'filter: unterminated string starting at position 13'],
    ['userName eq "a\\x"', "filter: invalid escape '\\x' at position 15"],
    ['userName eq "a\\u12g4"', "filter: invalid escape '\\u12g4' at position 15"],
    ['userName eq "a\nb"', 'filter: unescaped control character in a string at position 15'],
    ['count eq 1e400', "filter: the number '1e400' is out of range at position 10"],
    ['userName eq "a" # x', "filter: unexpected '#' at position 17; expected 'and', 'or' or the end of the filter"],
    ['emails[type eq "work"', "filter: expected ']' to close '[' at position 7, found the end of the filter at position 22"],
    ['emails[type eq "work"].value', "filter: expected an operator after '.value', found the end of the filter at position 29"],
    ['emails[type eq "work"] eq "x"', "filter: a value filter 'emails[…]' cannot be compared with 'eq' at position 24; put the whole condition inside the brackets, e.g. emails[type eq \"work\" and value eq \"…\"]"],
    ['emails[type eq "work" and addresses[type eq "x"]]', "filter: value filters cannot be nested inside another '[…]' at position 36"],
    ['emails.value[type eq "work"]', "filter: a value filter applies to an attribute, not to 'emails.value' at position 1"],
    ['name.given.name eq "x"', "filter: 'name.given.name' nests too deeply: an attribute path has at most one sub-attribute at position 1"],
    ['foo:bar eq "x"', "filter: 'foo:bar' contains ':' but does not start with a schema URN ('urn:…') at position 1"],
    ['urn:ietf:params:scim:schemas:core:2.0:User: eq "x"', "filter: 'urn:ietf:params:scim:schemas:core:2.0:User:' names a schema URN but no attribute after it at position 1"],
    ['9lives eq "x"', "filter: '9lives' is not a valid attribute name in '9lives' at position 1"],
    ['user_$name eq "x"', "filter: 'user_$name' is not a valid attribute name in 'user_$name' at position 1"],
  ];

  it.each(cases)('%j', (text, detail) => {
    const error = catchError(() => parseFilter(text));
    expect(error).toBeInstanceOf(ScimError);
    expect(error).toMatchObject({ status: 400, scimType: 'invalidFilter', detail });
  });

  it('rejects nesting beyond 32 levels instead of exhausting the stack', () => {
    const deep = `${'('.repeat(40)}title pr${')'.repeat(40)}`;
    expect(catchError(() => parseFilter(deep))).toMatchObject({ scimType: 'invalidFilter', detail: 'filter: the filter nests more than 32 levels deep at position 33' });
    expect(parseFilter(`${'('.repeat(32)}title pr${')'.repeat(32)}`)).toEqual({ kind: 'present', path: { attribute: 'title' } });
  });

  it('rejects more than 200 attribute expressions', () => {
    const many = Array.from({ length: 201 }, (_, index) => `id eq "${index}"`).join(' or ');
    expect(catchError(() => parseFilter(many))).toMatchObject({ scimType: 'invalidFilter' });
    expect(() => parseFilter(many.slice(0, many.lastIndexOf(' or ')))).not.toThrow();
  });

  it('parses a long filter in linear time', () => {
    const long = `title eq "${'a'.repeat(200_000)}" or title co "${'\\"'.repeat(50_000)}"`;
    const started = performance.now();
    parseFilter(long);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
