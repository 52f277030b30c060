import { consoleBaseUrl } from '@/lib/env';
import { ApiError } from './api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cross-site mutation of the console API (a form on another site or another port posting `text/plain`
 * with the console's cookie). Browsers say where a request comes from in Sec-Fetch-Site; older ones send Origin,
 * which must then be the console URL's. A request with neither comes from no browser and carries no ambient cookie risk.
 */
export function assertSameOrigin(request: Request, consoleUrl: string = consoleBaseUrl()): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) {
    if (site === 'same-origin') return;
    throw new ApiError('forbidden', 'Cross-site requests may not change anything in the console.');
  }
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== new URL(consoleUrl).origin) {
    throw new ApiError('forbidden', 'Requests from another origin may not change anything in the console.');
  }
}
