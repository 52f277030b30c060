import { SCHEMA_URNS, SCIM_MEDIA_TYPE } from '../constants';
import { ScimError } from './scim-error';

export type RenderedError = { status: number; headers: Record<string, string>; body: Record<string, unknown> };

/**
 * Turns any thrown value into an RFC 7644 §3.12 error response: `status` as a string, `scimType` when the
 * RFC defines one, and the error's headers (WWW-Authenticate, Retry-After, Allow). Anything that is not a
 * ScimError is a 500 whose detail reveals nothing of the failure; the caller logs it.
 */
export function renderError(error: unknown): RenderedError {
  const scimError = error instanceof ScimError ? error : new ScimError(500, 'The server failed to process the request.');
  return {
    status: scimError.status,
    headers: { 'Content-Type': SCIM_MEDIA_TYPE, ...scimError.headers },
    body: {
      schemas: [SCHEMA_URNS.error],
      status: String(scimError.status),
      ...(scimError.scimType ? { scimType: scimError.scimType } : {}),
      detail: scimError.detail,
    },
  };
}
