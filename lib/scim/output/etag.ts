/** Formats a resource version as a weak entity tag (RFC 7644 §3.14, RFC 9110 §8.8.3): `W/"<version>"`. */
export function formatEtag(version: string | number): string {
  return `W/"${version}"`;
}

/** The opaque tags of an If-Match / If-None-Match header; `*` stays `*`. */
function entityTags(header: string): string[] {
  return [...header.matchAll(/\*|(?:W\/)?"([^"]*)"/g)].map((match) => (match[0] === '*' ? '*' : match[1]));
}

function matches(header: string, version: string | number): boolean {
  return entityTags(header).some((tag) => tag === '*' || tag === String(version));
}

/**
 * If-Match (RFC 7644 §3.14, RFC 9110 §13.1.1) with weak comparison: true when the request may proceed —
 * no header, `*`, or a tag equal to the current version. False means 412 Precondition Failed.
 */
export function checkIfMatch(header: string | undefined, version: string | number): boolean {
  if (header === undefined || header.trim() === '') return true;
  return matches(header, version);
}

/**
 * If-None-Match (RFC 7644 §3.14, RFC 9110 §13.1.2): true when the request may proceed — no header, or no tag
 * equal to the current version. False means 304 Not Modified for GET, 412 otherwise.
 */
export function checkIfNoneMatch(header: string | undefined, version: string | number): boolean {
  if (header === undefined || header.trim() === '') return true;
  return !matches(header, version);
}
