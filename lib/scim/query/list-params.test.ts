import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SCHEMA_URNS } from '../constants';
import { parseListParams } from './list-params';

const query = (text: string) => parseListParams(new URLSearchParams(text));

describe('parseListParams (RFC 7644 §3.4.2, §3.4.3)', () => {
  it('has defaults', () => {
    expect(query('')).toEqual({ startIndex: 1, count: DEFAULT_PAGE_SIZE, sortOrder: 'ascending' });
  });

  it.each([
    ['startIndex=0', { startIndex: 1 }],
    ['startIndex=-4', { startIndex: 1 }],
    ['startIndex=21', { startIndex: 21 }],
    ['count=0', { count: 0 }],
    ['count=-3', { count: 0 }],
    ['count=100000', { count: MAX_PAGE_SIZE }],
    ['startindex=2&COUNT=2', { startIndex: 2, count: 2 }],
    ['sortOrder=Descending', { sortOrder: 'descending' }],
    ['sortBy=name.familyName', { sortBy: { attribute: 'name', subAttribute: 'familyName' } }],
    ['attributes=userName, emails.value,&excludedAttributes=members', { attributes: ['userName', 'emails.value'], excludedAttributes: ['members'] }],
    ['filter=', {}],
  ])('%s', (text, expected) => {
    expect(query(text)).toMatchObject(expected);
  });

  it('parses the filter', () => {
    expect(query('filter=userName eq "bjensen"').filter).toEqual({
      kind: 'compare', path: { attribute: 'userName' }, op: 'eq', value: 'bjensen',
    });
  });

  it('honours other limits', () => {
    expect(parseListParams(new URLSearchParams('count=80'), { maxPageSize: 50 }).count).toBe(50);
    expect(parseListParams(new URLSearchParams(''), { defaultPageSize: 10 }).count).toBe(10);
  });

  it.each([
    ['count=ten', 'invalidValue'],
    ['startIndex=1.5', 'invalidValue'],
    ['sortOrder=up', 'invalidValue'],
    ['filter=userName eq', 'invalidFilter'],
    ['sortBy=a.b.c', 'invalidPath'],
  ])('refuses %s with 400 %s', (text, scimType) => {
    expect(() => query(text)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });

  it('reads a .search body', () => {
    const body = {
      schemas: [SCHEMA_URNS.searchRequest],
      filter: 'displayName eq "Guides"',
      startIndex: 1,
      count: '10',
      attributes: ['displayName'],
      excludedAttributes: 'members',
    };
    expect(parseListParams(body)).toMatchObject({ startIndex: 1, count: 10, attributes: ['displayName'], excludedAttributes: ['members'], filter: { kind: 'compare' } });
  });

  it.each([
    [{ filter: 'x pr' }, 'invalidSyntax'],
    [{ schemas: [SCHEMA_URNS.listResponse] }, 'invalidSyntax'],
    [{ schemas: [SCHEMA_URNS.searchRequest], count: true }, 'invalidValue'],
    [{ schemas: [SCHEMA_URNS.searchRequest], attributes: [1] }, 'invalidValue'],
  ])('refuses the .search body %j with %s', (body, scimType) => {
    expect(() => parseListParams(body)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });
});
