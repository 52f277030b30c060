import { z } from 'zod';

export const connectionTestBodySchema = z.object({
  token: z
    .string({ error: 'Paste a token to test' })
    .trim()
    .min(1, { error: 'Paste a token to test' })
    .max(1000, { error: 'That is longer than any Roster token: paste only the secret' }),
});
export type ConnectionTestBody = z.infer<typeof connectionTestBodySchema>;

/**
 * works: the SCIM endpoint accepted the token. expired / revoked / unknown: it was refused, and why.
 * throttled: too many refusals from this address. failed: the endpoint answered something else or not at all.
 */
export const CONNECTION_RESULTS = ['works', 'expired', 'revoked', 'unknown', 'throttled', 'failed'] as const;
export type ConnectionResult = (typeof CONNECTION_RESULTS)[number];

export type ConnectionTestDto = {
  result: ConnectionResult;
  /** One plain sentence: what happened and what to do. */
  message: string;
  /** The URL the server called, so the owner sees what was checked. */
  checkedUrl: string;
  /** The HTTP status the endpoint answered, or null when it could not be reached. */
  status: number | null;
};
