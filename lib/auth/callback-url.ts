export const DEFAULT_CONSOLE_PATH = '/overview';

/** A stand-in origin: a value is a safe target only if it resolves to a path on whatever origin it is resolved against. */
const BASE = new URL('http://roster.invalid');

/** Control characters, whitespace and backslashes: browsers strip or reinterpret them, turning `/\t/evil` into `//evil`. */
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff\\]/;

/** Where to go after signing in: only a path on this site, so a crafted link cannot send anyone elsewhere. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || UNSAFE_CHARACTER.test(value)) return DEFAULT_CONSOLE_PATH;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return DEFAULT_CONSOLE_PATH;
  }
  if (url.origin !== BASE.origin) return DEFAULT_CONSOLE_PATH;
  const target = `${url.pathname}${url.search}${url.hash}`;
  // `//` after normalisation (`/./\/host`) would be protocol-relative in a Location header.
  if (target.startsWith('//') || target === '/' || target.startsWith('/login') || target.startsWith('/setup/')) {
    return DEFAULT_CONSOLE_PATH;
  }
  return target;
}

export function loginPath(callbackUrl?: string | null): string {
  if (!callbackUrl) return '/login';
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}
