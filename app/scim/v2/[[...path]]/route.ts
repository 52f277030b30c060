import { serveScim } from '@/lib/http/serve-scim';

// Every method, on the base path and below, goes to the engine, which routes: an unknown path or method (the bare
// base path included) is a SCIM 404/405 (STYLE §6.2), never Next's HTML page.
export const GET = serveScim;
export const HEAD = serveScim;
export const POST = serveScim;
export const PUT = serveScim;
export const PATCH = serveScim;
export const DELETE = serveScim;
export const OPTIONS = serveScim;
