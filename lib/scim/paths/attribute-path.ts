import { scimErrors } from '../errors/scim-error';
import type { AttributePath } from '../filter/ast';

/** Why a text is not an attribute path, phrased for an error detail. */
export type AttributePathProblem = { problem: string };

/**
 * Parses an RFC 7644 §3.10 attribute path: `userName`, `name.givenName`,
 * `urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber` or `…:User:manager.value`.
 * Throws 400 invalidPath when the text is not one.
 */
export function parseAttributePath(text: string): AttributePath {
  const result = tryParseAttributePath(text);
  if ('problem' in result) throw scimErrors.invalidPath(`path: ${result.problem}`);
  return result;
}

/**
 * RFC 7644 §3.10 attribute notation without throwing, for callers (the filter parser) that report the
 * problem in their own error. Names keep the client's case; resolution is case-insensitive.
 */
export function tryParseAttributePath(text: string): AttributePath | AttributePathProblem {
  if (text.length === 0) return { problem: 'the attribute path is empty' };
  let schema: string | undefined;
  let rest = text;
  if (startsWithUrn(text)) {
    // URNs contain dots (`2.0`) and colons, attribute names contain neither: the last ':' ends the URN.
    const lastColon = text.lastIndexOf(':');
    schema = text.slice(0, lastColon);
    rest = text.slice(lastColon + 1);
    if (schema.split(':').some((segment) => segment.length === 0)) {
      return { problem: `'${text}' has an empty segment in its schema URN` };
    }
    if (rest.length === 0) return { problem: `'${text}' names a schema URN but no attribute after it` };
  } else if (text.includes(':')) {
    return { problem: `'${text}' contains ':' but does not start with a schema URN ('urn:…')` };
  }

  const dot = rest.indexOf('.');
  const attribute = dot === -1 ? rest : rest.slice(0, dot);
  const subAttribute = dot === -1 ? undefined : rest.slice(dot + 1);
  if (subAttribute !== undefined && subAttribute.includes('.')) {
    return { problem: `'${text}' nests too deeply: an attribute path has at most one sub-attribute` };
  }
  for (const name of subAttribute === undefined ? [attribute] : [attribute, subAttribute]) {
    if (!isAttributeName(name)) return { problem: `'${name}' is not a valid attribute name in '${text}'` };
  }
  return { ...(schema === undefined ? {} : { schema }), attribute, ...(subAttribute === undefined ? {} : { subAttribute }) };
}

/** Writes a path back in RFC 7644 §3.10 notation, for error details. */
export function formatAttributePath(path: AttributePath): string {
  const name = path.subAttribute === undefined ? path.attribute : `${path.attribute}.${path.subAttribute}`;
  return path.schema === undefined ? name : `${path.schema}:${name}`;
}

function startsWithUrn(text: string): boolean {
  return text.length > 4 && text.slice(0, 4).toLowerCase() === 'urn:';
}

/** RFC 7643 §2.1 ATTRNAME = ALPHA *(nameChar); `$ref` is the one RFC name that starts with '$'. */
function isAttributeName(name: string): boolean {
  const start = name.startsWith('$') ? 1 : 0;
  if (name.length <= start || !isAlpha(name.charCodeAt(start))) return false;
  for (let index = start + 1; index < name.length; index += 1) {
    const code = name.charCodeAt(index);
    if (!isAlpha(code) && !isDigit(code) && code !== 0x2d && code !== 0x5f) return false;
  }
  return true;
}

function isAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
