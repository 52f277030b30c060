/** A console API failure, parsed from the `{ error: { code, message } }` body every console route returns. */
export class ApiClientError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiClientError';
    this.status = status;
    this.code = code;
  }
}

export type FetchJsonInit = Omit<RequestInit, 'body'> & {
  /** Serialised as JSON unless it is already a string. */
  body?: unknown;
};

export async function fetchJson<T>(url: string, init: FetchJsonInit = {}): Promise<T> {
  const { body, headers, ...rest } = init;
  const hasBody = body !== undefined;

  let response: Response;
  try {
    response = await fetch(url, {
      ...rest,
      headers: {
        accept: 'application/json',
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: hasBody ? (typeof body === 'string' ? body : JSON.stringify(body)) : undefined,
    });
  } catch {
    throw new ApiClientError(0, 'network_error', 'The server could not be reached. Check your connection and try again.');
  }

  const payload = await readPayload(response);
  if (!response.ok) throw toApiClientError(response.status, payload);
  return payload as T;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

async function readPayload(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiClientError(status: number, payload: unknown): ApiClientError {
  const error = (payload as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiClientError(status, error.code, error.message);
  }
  return new ApiClientError(status, 'http_error', `The server answered ${status}. Try again.`);
}
