import { DAY_MS, HOUR_MS, MINUTE_MS } from '@/lib/time/durations';

const UNIT_MS = { s: 1_000, m: MINUTE_MS, h: HOUR_MS, d: DAY_MS } as const;

/** `90d`, `12h`, `30m`, `45s` → milliseconds; anything else throws an error that says what to write instead. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d+)\s*([a-zA-Z]*)\s*$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a duration: write a whole number and a unit s, m, h or d (for example 90d).`);

  const [, amount, unit] = match;
  if (!unit) throw new Error(`"${text}" has no unit: add s, m, h or d (for example ${amount}d).`);
  if (!(unit in UNIT_MS)) throw new Error(`Unknown unit "${unit}" in "${text}": use s, m, h or d (for example 90d).`);

  const ms = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
  if (ms <= 0) throw new Error(`"${text}" is not a positive duration.`);
  return ms;
}
