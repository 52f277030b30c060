import { Pool } from 'undici';
import type { PhaseRecorder } from './stats';

export type ScimReply = { status: number; body: Record<string, unknown> | null };

/**
 * A keep-alive SCIM client that times every request into the current phase. undici's Pool with one connection per
 * concurrent client and headers built once keeps the generator's own CPU near 0.1 ms per request, so the machine's
 * two cores go to the server and PostgreSQL.
 */
export class ScimClient {
  private readonly pool: Pool;
  private readonly readHeaders: Record<string, string>;
  private readonly writeHeaders: Record<string, string>;

  constructor(baseUrl: URL, token: string, concurrency: number) {
    this.pool = new Pool(baseUrl.origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
    this.readHeaders = { authorization: `Bearer ${token}`, accept: 'application/scim+json' };
    this.writeHeaders = { ...this.readHeaders, 'content-type': 'application/scim+json' };
  }

  async send(recorder: PhaseRecorder, method: string, path: string, body?: unknown, expected: number[] = [200, 201, 204]): Promise<ScimReply> {
    const started = performance.now();
    try {
      const reply = await this.request(method, path, body);
      const ok = expected.includes(reply.status);
      recorder.record(performance.now() - started, ok ? undefined : `${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)?.slice(0, 200)}`);
      return reply;
    } catch (error) {
      recorder.record(performance.now() - started, `${method} ${path} → ${(error as Error).message}`);
      return { status: 0, body: null };
    }
  }

  async request(method: string, path: string, body?: unknown): Promise<ScimReply> {
    const response = await this.pool.request({
      method: method as 'GET',
      path: `/scim/v2${path}`,
      headers: body === undefined ? this.readHeaders : this.writeHeaders,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    // Parsed only when a phase reads it (ids of created resources, the final check): most replies are only counted.
    let parsed: Record<string, unknown> | null | undefined;
    return {
      status: response.statusCode,
      get body() {
        return (parsed ??= parseBody(text));
      },
    };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** A reply that is not JSON (an HTML error page) is kept as text so that the error sample shows it. */
function parseBody(text: string): Record<string, unknown> | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { unparsed: text.slice(0, 300) };
  }
}

export function filterQuery(filter: string, extra = ''): string {
  return `?filter=${encodeURIComponent(filter)}${extra}`;
}
