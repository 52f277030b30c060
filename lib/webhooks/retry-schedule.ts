const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Waits before each retry (the Standard Webhooks reference schedule): 8 attempts over 27 h 35 min, so a receiver
 * that is down for a whole day still gets the message. After the last one the message is marked failed and the
 * endpoint's queue moves on.
 */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];

/** An endpoint that has failed without a single success for this long is disabled, with a warning in the console. */
export const DISABLE_AFTER_MS = 5 * 24 * HOUR;
