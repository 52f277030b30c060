/** A request body as bytes, or as a stream read (and counted) by `readJsonBody`. */
export type ScimBody = Uint8Array | AsyncIterable<Uint8Array> | null;

/** One SCIM request as plain data (STYLE §6.1): the Next route adapts a fetch Request into this. */
export type ScimRequest = {
  /** Upper case. */
  method: string;
  /** Decoded path segments below the SCIM base, e.g. ['Users', '2819c223-…']. */
  segments: string[];
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: ScimBody;
  /** Scheme, host and port the client used, e.g. `https://roster.example`; resource locations are built on it. */
  origin: string;
  clientAddress: string;
};

/** The path the SCIM API is served under, below the origin. */
export const SCIM_BASE_PATH = '/scim/v2';
