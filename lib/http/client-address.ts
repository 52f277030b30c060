import type { IncomingMessage } from 'node:http';
import { getEnv } from '@/lib/env';

/**
 * The header Roster's own server (`npm start`) overwrites with the client address it worked out from the socket
 * before a request reaches Next, so every Next-side reader uses the one answer.
 */
export const CLIENT_ADDRESS_HEADER = 'x-roster-client-address';

/** Set by stampClientAddress: from then on this process's requests carry a header it wrote itself. */
const STAMPING_FLAG = 'ROSTER_STAMPS_CLIENT_ADDRESS';

const UNKNOWN = 'unknown';

let stamping = false;

/** `::ffff:10.0.0.1` → `10.0.0.1`; anything that is not a plausible IP literal is dropped. */
function normalise(address: string | undefined): string | undefined {
  const trimmed = address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return trimmed && /^[0-9a-f:.]{2,45}$/i.test(trimmed) ? trimmed : undefined;
}

function forwardedEntries(forwardedFor: string | string[] | null | undefined): string[] {
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  return joined.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/**
 * The address of the client, as seen through `trustedHops` proxies that each append the address they received
 * from to X-Forwarded-For. The chain is X-Forwarded-For followed by the socket's peer; the right-most
 * `trustedHops` entries are our own proxies, so the next one to the left is the first address nobody can forge.
 * Anything further left was written by the client and is ignored. With 0 hops: the socket address.
 */
export function resolveClientAddress(input: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | null | undefined;
  trustedHops: number;
}): string {
  const chain = [...forwardedEntries(input.forwardedFor), input.socketAddress ?? ''];
  const index = chain.length - 1 - input.trustedHops;
  // Fewer entries than trusted proxies: the request did not come through them; the left-most entry is the best guess.
  return normalise(chain[Math.max(0, index)]) ?? UNKNOWN;
}

/**
 * For Roster's own server: works out the client address of a raw Node request and writes it over whatever the
 * client sent in `x-roster-client-address`. Call it on every request before handing it to Next or the SCIM engine.
 */
export function stampClientAddress(request: IncomingMessage, trustedHops: number = getEnv().TRUSTED_PROXY_HOPS): string {
  const address = resolveClientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers['x-forwarded-for'],
    trustedHops,
  });
  const raw = request.rawHeaders;
  for (let index = raw.length - 2; index >= 0; index -= 2) {
    if (raw[index].toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(index, 2);
  }
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  raw.push(CLIENT_ADDRESS_HEADER, address);
  // Writing process.env is a setenv call under a lock: once per process is enough.
  if (!stamping) {
    process.env[STAMPING_FLAG] = '1';
    stamping = true;
  }
  return address;
}

/**
 * The client address of a request handled by Next (route handlers, next-auth, the SCIM route). Behind Roster's own
 * server it is the stamped header. Under a bare `next start` the socket address is not visible: Next fills
 * X-Forwarded-For with the socket address only when the client sent none (`??=` in Next's base server), so
 * the chain seen here is the forwarded list without the last proxy's own peer, and with 0 trusted hops a
 * client that sends its own X-Forwarded-For chooses its address. Production runs `npm start` for that reason.
 */
export function clientAddressOf(headers: Headers, trustedHops: number = getEnv().TRUSTED_PROXY_HOPS): string {
  if (process.env[STAMPING_FLAG] === '1') return normalise(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined) ?? UNKNOWN;
  const entries = forwardedEntries(headers.get('x-forwarded-for'));
  // The last proxy's own peer is not in the list, so one trusted hop already means the right-most entry.
  return normalise(entries[Math.max(0, entries.length - Math.max(1, trustedHops))]) ?? UNKNOWN;
}
