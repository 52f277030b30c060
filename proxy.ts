import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path';

/**
 * Decides nothing: it only tells server components which path was asked for, so a guard that sends an
 * anonymous visitor to /login can bring them back afterwards. Sessions and roles are checked by the pages.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!api/|scim/|_next/|favicon.ico).*)'],
};
