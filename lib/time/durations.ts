/** Milliseconds in a minute, an hour and a day: intervals, windows, retention periods and token lifetimes. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** Retention windows, token lifetimes and expiry warnings count whole days. */
export const DAY_MS = 24 * HOUR_MS;
