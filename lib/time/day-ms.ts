/** Milliseconds in a day: retention windows, token lifetimes and expiry warnings count whole days. */
export const DAY_MS = 86_400_000;
