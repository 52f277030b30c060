import { lookup, type LookupAddress } from 'node:dns';
import { promisify } from 'node:util';
import { isIP } from 'node:net';
import { isForbiddenAddress } from './forbidden-addresses';

const lookupAll = promisify(lookup);

/** Why a webhook URL is refused, in words the owner can act on. */
export class WebhookUrlRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookUrlRefused';
  }
}

const PRIVATE_HINT = 'Roster does not send webhooks to its own machine or to private, loopback or link-local addresses (set ROSTER_WEBHOOKS_ALLOW_PRIVATE=true to allow it on a trusted network).';

/** The URL's shape: http(s), a host, no credentials, no fragment. Returns the parsed URL. */
export function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookUrlRefused('url: not a valid URL; use https://host/path.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookUrlRefused('url: only http and https URLs can receive webhooks.');
  if (url.username || url.password) throw new WebhookUrlRefused('url: credentials in the URL are not allowed; check the signature instead.');
  if (url.hash) throw new WebhookUrlRefused('url: a webhook URL cannot have a #fragment.');
  return url;
}

/** Every address the host resolves to, or the literal address itself. */
export async function resolveHost(hostname: string): Promise<string[]> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return [host];
  const addresses = (await lookupAll(host, { all: true, verbatim: true })) as unknown as LookupAddress[];
  return addresses.map((entry) => entry.address);
}

/**
 * Checks a URL at registration: its shape, and that no address its host resolves to now is forbidden (unless
 * `allowPrivate`). Delivery checks again on the address it connects to (`guardedLookup`), so a DNS answer that
 * changes after registration (rebinding) is caught too.
 */
export async function checkWebhookUrl(text: string, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(text);
  if (allowPrivate) return url;
  // A name that does not resolve yet (DNS set up later) is accepted: every delivery checks the address it connects to.
  const addresses = await resolveHost(url.hostname).catch(() => [] as string[]);
  if (addresses.some(isForbiddenAddress)) throw new WebhookUrlRefused(`url: ${url.hostname} resolves to a forbidden address. ${PRIVATE_HINT}`);
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for node:http that resolves the host and refuses a forbidden address, so the connection goes to the
 * very address that was checked.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    resolveHost(hostname).then(
      (addresses) => {
        const refused = allowPrivate ? undefined : addresses.find(isForbiddenAddress);
        if (refused || addresses.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`${hostname} resolves to a forbidden address (${refused ?? 'none'}). ${PRIVATE_HINT}`);
          error.code = 'EFORBIDDENADDRESS';
          callback(error, '');
          return;
        }
        const entries = addresses.map((address) => ({ address, family: isIP(address) }));
        if (options.all) callback(null, entries);
        else callback(null, entries[0].address, entries[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, ''),
    );
  };
}
