import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/time/durations';
import { parseDuration } from './parse-duration';

describe('parseDuration', () => {
  it.each([
    ['45s', 45_000],
    ['30m', 1_800_000],
    ['12h', 43_200_000],
    ['90d', 90 * DAY_MS],
    [' 1d ', DAY_MS],
  ])('reads %j', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each([
    ['2w', /Unknown unit "w"/],
    ['90', /no unit/],
    ['d', /not a duration/],
    ['-1d', /not a duration/],
    ['1.5d', /not a duration/],
    ['0d', /not a positive duration/],
    ['90D', /Unknown unit "D"/],
  ])('refuses %j, saying why', (text, message) => expect(() => parseDuration(text)).toThrow(message));
});
