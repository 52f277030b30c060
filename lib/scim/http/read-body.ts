import { BODY_LIMIT_BYTES, MAX_JSON_DEPTH, SCIM_MEDIA_TYPE } from '../constants';
import { scimErrors } from '../errors/scim-error';
import { describeJsonSyntaxError } from './describe-json-error';
import { readLimitedBytes } from './read-limited-bytes';
import type { ScimRequest } from './types';

const ACCEPTED_MEDIA_TYPES = new Set([SCIM_MEDIA_TYPE, 'application/json']);

function tooLarge(): Error {
  return scimErrors.payloadTooLarge(`The request body is larger than the limit of ${BODY_LIMIT_BYTES} bytes.`);
}

/** RFC 7644 §3.1 / §8.1: application/scim+json, or application/json; a charset other than UTF-8 is refused. */
function checkMediaType(contentType: string | undefined): void {
  const [mediaType, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (!ACCEPTED_MEDIA_TYPES.has(mediaType) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    throw scimErrors.unsupportedMediaType(
      `Send the body as ${SCIM_MEDIA_TYPE} (or application/json) in UTF-8; ${contentType ? 'the Content-Type sent is another' : 'no Content-Type was sent'}.`,
    );
  }
}

/** Refuses nesting deeper than MAX_JSON_DEPTH before parsing, so a hostile body cannot exhaust the stack. */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) {
        throw scimErrors.invalidSyntax(`The JSON body is nested deeper than ${MAX_JSON_DEPTH} levels (at character ${index}).`);
      }
    } else if (char === '}' || char === ']') depth -= 1;
  }
}

/** Reads, checks and parses a JSON request body (RFC 7644 §3.1, §3.12 invalidSyntax). */
export async function readJsonBody(request: ScimRequest): Promise<unknown> {
  const contentType = request.headers['content-type'];
  if (contentType !== undefined) checkMediaType(contentType);
  const bytes = await readLimitedBytes(request.body, { declaredLength: request.headers['content-length'], limit: BODY_LIMIT_BYTES, tooLarge });
  if (bytes.byteLength === 0) throw scimErrors.invalidSyntax(`${request.method} needs a JSON body.`);
  checkMediaType(contentType);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw scimErrors.invalidSyntax('The body is not valid UTF-8.');
  }
  checkDepth(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw scimErrors.invalidSyntax(describeJsonSyntaxError(error));
  }
}
