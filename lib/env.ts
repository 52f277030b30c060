import { z } from 'zod';

const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

/** Server processes sharing the port when ROSTER_WORKERS is unset (measured: docs/PERFORMANCE.md). */
export const DEFAULT_WORKERS = 1;

/** Seconds an idle keep-alive connection stays open when KEEP_ALIVE_TIMEOUT_SECONDS is unset: above the 60 s of most load balancers. */
export const DEFAULT_KEEP_ALIVE_SECONDS = 65;

const KEEP_ALIVE_RANGE = 'must be a whole number of seconds from 1 to 3600';

/** PostgreSQL connections per server process when DATABASE_POOL_SIZE is unset. */
export const DEFAULT_POOL_SIZE = 10;

/** PostgreSQL connections per server process for the SCIM hot path's statements when DATABASE_PIPELINE_SIZE is unset. */
export const DEFAULT_PIPELINE_SIZE = 2;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: optional(
      z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// connection URL' }),
    ),
    ROSTER_DATA_DIR: optional(z.string()),
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'must be the console’s public http(s) URL' })),
    NEXTAUTH_SECRET: optional(z.string().min(32, 'must be at least 32 characters (try: openssl rand -base64 32)')),
    PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65_535).default(3000)),
    /** Lets webhooks reach private, loopback and link-local addresses (a trusted network, or tests). */
    ROSTER_WEBHOOKS_ALLOW_PRIVATE: z.preprocess(blankAsUnset, z.enum(['true', 'false']).default('false')).transform((value) => value === 'true'),
    TRUSTED_PROXY_HOPS: z.preprocess(
      blankAsUnset,
      z.coerce.number({ error: 'must be a whole number of proxies (0 to 10)' }).int().min(0).max(10).default(0),
    ),
    HOST: optional(z.string()),
    /** Longer than the load balancer's idle timeout in front (lib/server/http-server.ts). */
    KEEP_ALIVE_TIMEOUT_SECONDS: z.preprocess(
      blankAsUnset,
      z.coerce
        .number({ error: KEEP_ALIVE_RANGE })
        .int(KEEP_ALIVE_RANGE)
        .min(1, KEEP_ALIVE_RANGE)
        .max(3600, KEEP_ALIVE_RANGE)
        .default(DEFAULT_KEEP_ALIVE_SECONDS),
    ),
    /** Connections each server process keeps to PostgreSQL (docs/PERFORMANCE.md, "Choosing the pool and pipeline sizes"). */
    DATABASE_POOL_SIZE: z.preprocess(blankAsUnset, z.coerce.number().int().min(1, 'must be at least 1').max(100).default(DEFAULT_POOL_SIZE)),
    /** Connections each server process keeps for the SCIM hot path's single statements, pipelined (db/postgres-handle.ts). */
    DATABASE_PIPELINE_SIZE: z.preprocess(blankAsUnset, z.coerce.number().int().min(1, 'must be at least 1').max(32).default(DEFAULT_PIPELINE_SIZE)),
    ROSTER_WORKERS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1, 'must be at least 1').max(64).default(DEFAULT_WORKERS)),
    METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters (try: openssl rand -base64 24)')),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['NEXTAUTH_SECRET'],
        message: 'is required in production: it signs console sessions (generate one with: openssl rand -base64 32)',
      });
    }
    if (env.NODE_ENV === 'production' && env.NEXTAUTH_URL && !isHttpsOrLoopback(env.NEXTAUTH_URL)) {
      context.addIssue({
        code: 'custom',
        path: ['NEXTAUTH_URL'],
        message: 'must be an https:// URL in production (sessions and passwords travel over it); http is allowed only for localhost',
      });
    }
  });

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Browsers treat http://localhost as a secure context too, so a local production run (tests, benchmarks) may use it. */
function isHttpsOrLoopback(value: string): boolean {
  const url = new URL(value);
  return url.protocol === 'https:' || LOOPBACK_HOSTS.has(url.hostname);
}

export type Env = z.infer<typeof envSchema>;

/** Validates an environment, naming every variable that is wrong. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`the environment is invalid:\n${problems.join('\n')}`);
}

let parsed: Env | undefined;

/** What Roster needs from the environment, read and checked once per process. */
export function getEnv(): Env {
  parsed ??= parseEnv(process.env);
  return parsed;
}

/** Whether session cookies must be `Secure`: whenever the console is served over https. */
export function usesSecureCookies(env: Env = getEnv()): boolean {
  return consoleBaseUrl(env).startsWith('https://');
}

/** The console's public base URL, without a trailing slash: NEXTAUTH_URL, else localhost on PORT. */
export function consoleBaseUrl(env: Env = getEnv()): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
