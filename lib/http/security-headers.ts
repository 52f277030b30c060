/**
 * The response headers every answer carries: console pages, the console API, SCIM and the ops endpoints. Next
 * responses get them from proxy.ts; Roster's own server applies the same list to what it answers itself.
 *
 * The CSP has no nonces: Next's App Router injects inline bootstrap scripts, and a nonce would force every page,
 * including the prerendered ones, to render per request (nextjs.org/docs/app/guides/content-security-policy,
 * "Without nonces"). Inline scripts are therefore allowed, but only from this origin's documents: no other origin's
 * script, frame, object, form target or base URL is.
 */
export function securityHeaders(options: { isProduction: boolean }): [name: string, value: string][] {
  const scriptSources = options.isProduction ? "'self' 'unsafe-inline'" : "'self' 'unsafe-inline' 'unsafe-eval'";
  const csp = [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    // React and Radix set style attributes; Tailwind's CSS is a file from 'self'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    // The one-time setup code is in a URL: no page may pass it on as a Referer.
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    // Browsers ignore HSTS over plain http, so production may send it always; behind TLS it pins https for two years.
    ...(options.isProduction ? [['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'] as [string, string]] : []),
  ];
}

/** Sets the security headers on a fetch-API Headers (proxy.ts) without replacing any a route set itself. */
export function applySecurityHeaders(headers: Headers, options: { isProduction: boolean }): void {
  for (const [name, value] of securityHeaders(options)) if (!headers.has(name)) headers.set(name, value);
}
