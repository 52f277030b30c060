/** The scimType values of RFC 7644 §3.12, table 9. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/** The one error type of the SCIM engine; `render-error.ts` turns it into an RFC 7644 §3.12 body. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export const scimErrors = {
  invalidFilter: (detail: string) => new ScimError(400, detail, 'invalidFilter'),
  invalidSyntax: (detail: string) => new ScimError(400, detail, 'invalidSyntax'),
  invalidPath: (detail: string) => new ScimError(400, detail, 'invalidPath'),
  invalidValue: (detail: string) => new ScimError(400, detail, 'invalidValue'),
  noTarget: (detail: string) => new ScimError(400, detail, 'noTarget'),
  mutability: (detail: string) => new ScimError(400, detail, 'mutability'),
  tooMany: (detail: string) => new ScimError(400, detail, 'tooMany'),
  sensitive: (detail: string) => new ScimError(400, detail, 'sensitive'),
  invalidVers: (detail: string) => new ScimError(400, detail, 'invalidVers'),
  uniqueness: (detail: string) => new ScimError(409, detail, 'uniqueness'),
  badRequest: (detail: string) => new ScimError(400, detail),
  unauthorized: (detail: string) =>
    new ScimError(401, detail, undefined, { 'WWW-Authenticate': 'Bearer realm="scim", error="invalid_token"' }),
  forbidden: (detail: string) => new ScimError(403, detail),
  notFound: (detail: string) => new ScimError(404, detail),
  methodNotAllowed: (detail: string, allow: string[]) => new ScimError(405, detail, undefined, { Allow: allow.join(', ') }),
  preconditionFailed: (detail: string) => new ScimError(412, detail),
  payloadTooLarge: (detail: string) => new ScimError(413, detail),
  unsupportedMediaType: (detail: string) => new ScimError(415, detail),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new ScimError(429, detail, undefined, { 'Retry-After': String(retryAfterSeconds) }),
  notImplemented: (detail: string) => new ScimError(501, detail),
};
