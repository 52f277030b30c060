import { SCIM_BASE_PATH } from './types';

/** A header's first comma-separated value, trimmed; undefined when absent or empty. */
export type HeaderReader = (name: string) => string | undefined;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The decoded path segments below the SCIM base, e.g. '/scim/v2/Users/a%20b' → ['Users', 'a b']. */
export function segmentsOf(pathname: string): string[] {
  const below = pathname.startsWith(SCIM_BASE_PATH) ? pathname.slice(SCIM_BASE_PATH.length) : pathname;
  return below.split('/').slice(1).map(decodeSegment);
}

/**
 * The origin the client called: the proxy's X-Forwarded-Host/-Proto, else the Host header (Next may report its own
 * bind name in request.url), else the fallback. Resource locations are built on it, so a malformed value is ignored.
 */
export function originOf(header: HeaderReader, fallbackProtocol: string, fallbackOrigin: string): string {
  const host = header('x-forwarded-host') ?? header('host');
  const protocol = header('x-forwarded-proto') ?? fallbackProtocol;
  return host && /^[\w.:[\]-]+$/.test(host) && /^https?$/.test(protocol) ? `${protocol}://${host}` : fallbackOrigin;
}

/** The methods some SCIM endpoint serves (RFC 7644 §3.2), as named in a 405's Allow. */
export const SCIM_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
