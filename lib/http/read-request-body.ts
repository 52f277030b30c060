import { readLimitedBytes, streamChunks } from '@/lib/scim';
import { ApiError } from './api-error';

/**
 * A request body as text, read through the SCIM engine's byte-counting reader: past `limit` bytes (or a declared
 * Content-Length over it) the upload is stopped and 413 answered, without the body ever being buffered whole.
 */
export async function readRequestText(request: Request, limit: number): Promise<string> {
  const bytes = await readLimitedBytes(request.body ? streamChunks(request.body) : null, {
    declaredLength: request.headers.get('content-length'),
    limit,
    tooLarge: () => new ApiError('payload_too_large', `The request body is larger than the limit of ${limit} bytes.`),
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('bad_request', 'The request body is not valid UTF-8.');
  }
}
