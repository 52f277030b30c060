import type { IncomingMessage } from 'node:http';

/** The header Roster's server sets on every request it hands to Next, so Next-side code reads a trusted address. */
export const CLIENT_ADDRESS_HEADER = 'x-roster-client-address';

/** The address of the peer that opened the connection (a proxy's, when one sits in front). */
export function clientAddressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}
