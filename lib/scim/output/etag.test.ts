import { describe, expect, it } from 'vitest';
import { checkIfMatch, checkIfNoneMatch, formatEtag } from './etag';

describe('ETags (RFC 7644 §3.14)', () => {
  it('formats a weak ETag', () => {
    expect(formatEtag(7)).toBe('W/"7"');
  });

  it.each([
    [undefined, true],
    ['', true],
    ['*', true],
    ['W/"7"', true],
    ['"7"', true],
    ['W/"6", W/"7"', true],
    ['W/"6"', false],
    ['garbage', false],
  ])('If-Match %j against version 7 → %s', (header, proceeds) => {
    expect(checkIfMatch(header, 7)).toBe(proceeds);
  });

  it.each([
    [undefined, true],
    ['W/"7"', false],
    ['*', false],
    ['W/"6"', true],
  ])('If-None-Match %j against version 7 → %s', (header, proceeds) => {
    expect(checkIfNoneMatch(header, '7')).toBe(proceeds);
  });
});
