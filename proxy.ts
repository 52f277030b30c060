import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path';
import { applySecurityHeaders } from '@/lib/http/security-headers';
import { matchRoute, renderError, SCIM_BASE_PATH, toFetchResponse } from '@/lib/scim';

/** The methods Next's route handlers can serve; anything else (TRACE, CONNECT, …) never reaches a handler. */
const ROUTABLE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']);

const isProduction = process.env.NODE_ENV === 'production';

/** A method Next cannot route to the SCIM handler is answered by the engine's router: 405 with Allow (or 404). */
function refuseScimMethod(request: NextRequest): Response {
  const segments = request.nextUrl.pathname.slice(SCIM_BASE_PATH.length).split('/').slice(1);
  try {
    matchRoute(request.method, segments);
    return new Response(null, { status: 405 });
  } catch (error) {
    return toFetchResponse(renderError(error));
  }
}

/**
 * Decides nothing about sessions: it tells server components which path was asked for (so a guard that sends an
 * anonymous visitor to /login can bring them back), adds the security headers to every answer, and turns methods
 * Next cannot route on /scim/v2 into the engine's 405. Sessions and roles are checked by the pages and routes.
 */
export function proxy(request: NextRequest): Response {
  const { pathname, search } = request.nextUrl;
  const response =
    pathname.startsWith(SCIM_BASE_PATH) && !ROUTABLE_METHODS.has(request.method)
      ? refuseScimMethod(request)
      : nextWithRequestPath(request, pathname, search);
  applySecurityHeaders(response.headers, { isProduction });
  return response;
}

function nextWithRequestPath(request: NextRequest, pathname: string, search: string): NextResponse {
  if (pathname.startsWith('/api/') || pathname.startsWith(SCIM_BASE_PATH)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
