import { serveScim } from '@/lib/http/serve-scim';

// Every method goes to the engine, which routes: an unknown path or method is a SCIM 404/405 (STYLE §6.2).
export const GET = serveScim;
export const HEAD = serveScim;
export const POST = serveScim;
export const PUT = serveScim;
export const PATCH = serveScim;
export const DELETE = serveScim;
export const OPTIONS = serveScim;
