export const DEFAULT_CONSOLE_PATH = '/overview';

/** Where to go after signing in: only a path on this site, so a crafted link cannot send anyone elsewhere. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return DEFAULT_CONSOLE_PATH;
  }
  if (value === '/' || value.startsWith('/login') || value.startsWith('/setup/')) return DEFAULT_CONSOLE_PATH;
  return value;
}

export function loginPath(callbackUrl?: string | null): string {
  if (!callbackUrl) return '/login';
  return `/login?callbackUrl=${encodeURIComponent(safeCallbackUrl(callbackUrl))}`;
}
