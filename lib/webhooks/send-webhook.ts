import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { isForbiddenAddress } from './forbidden-addresses';
import { guardedLookup, parseWebhookUrl } from './webhook-url-policy';

/** A slow receiver is cut off after this; it counts as a failed attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Only the start of a response is read (for the delivery log); the rest is discarded. */
const RESPONSE_CAP_BYTES = 64 * 1024;

export type SendResult = { ok: boolean; status: number | null; durationMs: number; error: string | null };

export type SignedMessage = { url: string; secret: string; messageId: string; body: string; timestamp: Date };

/** The Standard Webhooks headers: `webhook-signature` is `v1,` + base64(HMAC-SHA256(secret, `${id}.${timestamp}.${body}`)). */
export function signatureHeaders(message: Omit<SignedMessage, 'url'>): Record<string, string> {
  return {
    'webhook-id': message.messageId,
    'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(message.secret).sign(message.messageId, message.timestamp, message.body),
  };
}

/**
 * POSTs one signed message. A 2xx answer is a success; anything else, a redirect, a timeout, a refused address or a
 * network error is a failure with its reason. Never throws.
 */
export function sendWebhook(message: SignedMessage, options: { allowPrivate: boolean; timeoutMs?: number }): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<SendResult>((resolve) => {
    const fail = (error: string, status: number | null = null) => resolve({ ok: false, status, durationMs: elapsed(), error });
    let url: URL;
    try {
      url = parseWebhookUrl(message.url);
    } catch (error) {
      fail((error as Error).message);
      return;
    }
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (!options.allowPrivate && isIP(literal) && isForbiddenAddress(literal)) {
      fail(`${literal} is a forbidden address (server-side request forgery protection).`);
      return;
    }
    const body = Buffer.from(message.body);
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      lookup: guardedLookup(options.allowPrivate) as never,
      headers: {
        'content-type': 'application/json',
        'content-length': String(body.length),
        'user-agent': 'Roster-Webhooks/1',
        ...signatureHeaders(message),
      },
      timeout: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${options.timeoutMs ?? DELIVERY_TIMEOUT_MS} ms`)));
    request.on('error', (error) => fail(error.message));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      let received = 0;
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > RESPONSE_CAP_BYTES) response.destroy();
      });
      const finish = () => {
        const ok = status >= 200 && status < 300;
        resolve({ ok, status, durationMs: elapsed(), error: ok ? null : `the endpoint answered ${status}` });
      };
      response.on('end', finish);
      response.on('close', finish);
      response.on('error', finish);
    });
    request.end(body);
  });
}
