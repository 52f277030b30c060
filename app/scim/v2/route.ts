import { serveScim } from '@/lib/http/serve-scim';

// The bare base path answers SCIM JSON too (a 404), never Next's HTML page.
export const GET = serveScim;
export const HEAD = serveScim;
export const POST = serveScim;
export const PUT = serveScim;
export const PATCH = serveScim;
export const DELETE = serveScim;
export const OPTIONS = serveScim;
