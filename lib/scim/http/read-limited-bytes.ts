import type { ScimBody } from './types';

/**
 * Reads a body, counting bytes as they arrive, so that an oversized one is refused (with the caller's error)
 * before it is held in memory: a declared Content-Length over the limit is refused before reading at all. The App
 * Router has no body-size limit of its own (STYLE §4), so both the SCIM engine and the console API read through this.
 */
export async function readLimitedBytes(
  body: ScimBody,
  options: { declaredLength: string | null | undefined; limit: number; tooLarge: () => Error },
): Promise<Uint8Array> {
  const { declaredLength, limit, tooLarge } = options;
  if (declaredLength !== undefined && declaredLength !== null && Number(declaredLength) > limit) throw tooLarge();
  if (body === null) return new Uint8Array();
  if (body instanceof Uint8Array) {
    if (body.byteLength > limit) throw tooLarge();
    return body;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge();
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
