import { formatEtag } from './etag';

export type ResourceMeta = {
  resourceType: 'User' | 'Group';
  created: string;
  lastModified: string;
  location: string;
  version: string;
};

export type MetaInput = {
  resourceType: 'User' | 'Group';
  id: string;
  created: Date | string;
  lastModified: Date | string;
  version: string | number;
  /** The SCIM base URL as the client addressed it, e.g. `https://app.example.com/scim/v2`. */
  baseUrl: string;
};

const ENDPOINTS = { User: 'Users', Group: 'Groups' } as const;

/** The URL of a resource under the base URL (RFC 7643 §3.1 `meta.location`). */
export function resourceLocation(baseUrl: string, resourceType: 'User' | 'Group', id: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${ENDPOINTS[resourceType]}/${encodeURIComponent(id)}`;
}

/** The `meta` block of RFC 7643 §3.1: resourceType, created, lastModified, location, version as a weak ETag. */
export function buildMeta(input: MetaInput): ResourceMeta {
  return {
    resourceType: input.resourceType,
    created: toTimestamp(input.created),
    lastModified: toTimestamp(input.lastModified),
    location: resourceLocation(input.baseUrl, input.resourceType, input.id),
    version: formatEtag(input.version),
  };
}

function toTimestamp(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}
