import http from 'node:http';
import type { PhaseRecorder } from './stats';

export type ScimReply = { status: number; body: Record<string, unknown> | null };

/** A keep-alive SCIM client that times every request into the current phase. */
export class ScimClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly baseUrl: URL,
    private readonly token: string,
    concurrency: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
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

  request(method: string, path: string, body?: unknown): Promise<ScimReply> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const request = http.request(
        new URL(`/scim/v2${path}`, this.baseUrl),
        {
          method,
          agent: this.agent,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: 'application/scim+json',
            ...(payload ? { 'content-type': 'application/scim+json', 'content-length': payload.length } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body: parseBody(Buffer.concat(chunks).toString('utf8')) });
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
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
