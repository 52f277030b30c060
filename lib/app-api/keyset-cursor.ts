import { z } from 'zod';
import { DomainError } from '@/lib/errors/domain-error';

/**
 * Opaque page cursors of the read API: the sort key of the last row handed out, base64url JSON. Pages continue
 * strictly after that key, so rows that other requests add, change or remove meanwhile never shift a page.
 */
export function encodeKeysetCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key inside a cursor, or a 400 naming the parameter when the text is not a cursor of this shape. */
export function decodeKeysetCursor<T extends readonly string[]>(cursor: string, shape: z.ZodType<T>, parameter = 'cursor'): T {
  try {
    const parsed = shape.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Not base64url JSON: answered below like any other foreign text.
  }
  throw new DomainError('invalid_input', `${parameter}: This is not a cursor this API handed out; pass the nextCursor of the previous page.`);
}
