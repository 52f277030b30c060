type PgErrorFields = { code?: string; constraint_name?: string; constraint?: string };

/** The PostgreSQL error underneath, whether drizzle wrapped it (DrizzleQueryError.cause) or not. */
export function findPgError(error: unknown): PgErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as PgErrorFields).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as PgErrorFields;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
