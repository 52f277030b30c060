import { presentResource, type PresentInput } from '../../output/present-resource';

/** The outgoing User (RFC 7643 §4.1): stored document, `id`, `meta` with location `${baseUrl}/Users/${id}`. */
export function presentUser(input: PresentInput): Record<string, unknown> {
  return presentResource(input);
}
