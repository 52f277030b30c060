import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SCHEMA_URNS } from '../constants';
import { scimErrors } from '../errors/scim-error';
import type { AttributePath, FilterNode } from '../filter/ast';
import { parseFilter } from '../filter/parse';
import { parseAttributePath } from '../paths/attribute-path';

export type ListParams = {
  filter?: FilterNode;
  startIndex: number;
  count: number;
  sortBy?: AttributePath;
  sortOrder: 'ascending' | 'descending';
  attributes?: string[];
  excludedAttributes?: string[];
};

export type ListLimits = { maxPageSize?: number; defaultPageSize?: number };

const searchRequestSchema = z.looseObject({
  schemas: z.array(z.string(), { error: `schemas must be an array holding "${SCHEMA_URNS.searchRequest}"` }),
});

/**
 * The query parameters of RFC 7644 §3.4.2 (filter, sortBy, sortOrder, startIndex, count, attributes,
 * excludedAttributes), from a URL query or a `POST /.search` body (§3.4.3). Names are case-insensitive.
 * startIndex below 1 counts as 1; count is clamped to [0, maxPageSize] (0 asks only for totalResults).
 * Throws 400 invalidValue for a malformed number or sortOrder, invalidFilter for a bad filter.
 */
export function parseListParams(source: URLSearchParams | Record<string, unknown>, limits: ListLimits = {}): ListParams {
  const values = source instanceof URLSearchParams ? fromQuery(source) : fromSearchBody(source);
  const maxPageSize = limits.maxPageSize ?? MAX_PAGE_SIZE;
  const count = integer(values.get('count'), 'count') ?? limits.defaultPageSize ?? DEFAULT_PAGE_SIZE;
  const filterText = text(values.get('filter'), 'filter');
  const sortByText = text(values.get('sortby'), 'sortBy');
  const attributes = nameList(values.get('attributes'), 'attributes');
  const excludedAttributes = nameList(values.get('excludedattributes'), 'excludedAttributes');
  return {
    ...(filterText ? { filter: parseFilter(filterText) } : {}),
    startIndex: Math.max(1, integer(values.get('startindex'), 'startIndex') ?? 1),
    count: Math.min(maxPageSize, Math.max(0, count)),
    ...(sortByText ? { sortBy: parseAttributePath(sortByText) } : {}),
    sortOrder: sortOrder(values.get('sortorder')),
    ...(attributes ? { attributes } : {}),
    ...(excludedAttributes ? { excludedAttributes } : {}),
  };
}

function fromQuery(query: URLSearchParams): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [key, value] of query) if (!values.has(key.toLowerCase())) values.set(key.toLowerCase(), value);
  return values;
}

function fromSearchBody(body: Record<string, unknown>): Map<string, unknown> {
  const parsed = searchRequestSchema.safeParse(body);
  if (!parsed.success) throw scimErrors.invalidSyntax(`.search request: ${parsed.error.issues[0].message}.`);
  if (!parsed.data.schemas.some((urn) => urn.toLowerCase() === SCHEMA_URNS.searchRequest.toLowerCase())) {
    throw scimErrors.invalidSyntax(`.search request: schemas must contain "${SCHEMA_URNS.searchRequest}".`);
  }
  return new Map(Object.entries(body).map(([key, value]) => [key.toLowerCase(), value]));
}

function integer(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) {
    throw scimErrors.invalidValue(`${name} must be an integer.`);
  }
  return Math.max(Math.min(number, Number.MAX_SAFE_INTEGER), Number.MIN_SAFE_INTEGER);
}

function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw scimErrors.invalidValue(`${name} must be a string.`);
  return value.trim() === '' ? undefined : value;
}

function sortOrder(value: unknown): 'ascending' | 'descending' {
  const order = text(value, 'sortOrder')?.toLowerCase() ?? 'ascending';
  if (order === 'ascending' || order === 'descending') return order;
  throw scimErrors.invalidValue(`sortOrder must be "ascending" or "descending".`);
}

/** A comma-separated list (URL) or an array of names (.search body). */
function nameList(value: unknown, name: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  if (!list || !list.every((entry) => typeof entry === 'string')) {
    throw scimErrors.invalidValue(`${name} must be a comma-separated list of attribute names.`);
  }
  const names = list.map((entry: string) => entry.trim()).filter(Boolean);
  return names.length > 0 ? names : undefined;
}
