import { BODY_LIMIT_BYTES, BULK_MAX_OPERATIONS, MAX_PAGE_SIZE, SCHEMA_URNS } from '../constants';

export type ServiceProviderConfigOptions = {
  maxResults?: number;
  bulkMaxOperations?: number;
  bulkMaxPayloadSize?: number;
  documentationUri?: string;
};

/** The ServiceProviderConfig document of RFC 7643 §5, with `meta.location` under baseUrl. */
export function serviceProviderConfig(baseUrl: string, options: ServiceProviderConfigOptions = {}) {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    schemas: [SCHEMA_URNS.serviceProviderConfig],
    ...(options.documentationUri ? { documentationUri: options.documentationUri } : {}),
    patch: { supported: true },
    bulk: {
      supported: true,
      maxOperations: options.bulkMaxOperations ?? BULK_MAX_OPERATIONS,
      maxPayloadSize: options.bulkMaxPayloadSize ?? BODY_LIMIT_BYTES,
    },
    filter: { supported: true, maxResults: options.maxResults ?? MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication with a bearer token created in the Roster console.',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}
