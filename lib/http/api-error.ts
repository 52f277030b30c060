/** Every console API error code and the HTTP status it is answered with. */
export const API_ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  too_many_requests: 429,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/**
 * A refusal a console route or service throws; the route wrapper answers `{ error: { code, message, field? } }`.
 * The message is a sentence for a person; `field` names the input it is about, for forms and API clients.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly headers: Record<string, string>;
  field?: string;

  /** A refusal about one input: `ApiError.about('name', 'conflict', 'A role named "Admin" already exists.')`. */
  static about(field: string | undefined, code: ApiErrorCode, message: string): ApiError {
    const error = new ApiError(code, message);
    error.field = field;
    return error;
  }

  constructor(code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = API_ERROR_STATUS[code];
    this.headers = headers;
  }
}
