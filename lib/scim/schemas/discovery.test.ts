import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, BULK_MAX_OPERATIONS, MAX_PAGE_SIZE, SCHEMA_URNS } from '../constants';
import { createGroupRegistry, createUserRegistry } from './registry';
import { resourceTypes } from './resource-types';
import { schemasDocuments } from './schemas-documents';
import { serviceProviderConfig } from './service-provider-config';

const BASE = 'https://roster.example.com/scim/v2/';
const registries = [createUserRegistry([{ name: 'costCode', description: 'Cost code' }]), createGroupRegistry()];

describe('discovery documents (RFC 7643 §5–§7)', () => {
  it('ServiceProviderConfig advertises patch, bulk, filter, sort and etag with their limits', () => {
    expect(serviceProviderConfig(BASE)).toMatchObject({
      schemas: [SCHEMA_URNS.serviceProviderConfig],
      patch: { supported: true },
      bulk: { supported: true, maxOperations: BULK_MAX_OPERATIONS, maxPayloadSize: BODY_LIMIT_BYTES },
      filter: { supported: true, maxResults: MAX_PAGE_SIZE },
      changePassword: { supported: false },
      sort: { supported: true },
      etag: { supported: true },
      authenticationSchemes: [{ type: 'oauthbearertoken', primary: true }],
      meta: { resourceType: 'ServiceProviderConfig', location: 'https://roster.example.com/scim/v2/ServiceProviderConfig' },
    });
  });

  it('ResourceTypes lists User with both extensions and Group', () => {
    expect(resourceTypes(registries, BASE)).toEqual([
      expect.objectContaining({
        id: 'User',
        endpoint: '/Users',
        schema: SCHEMA_URNS.coreUser,
        schemaExtensions: [{ schema: SCHEMA_URNS.enterpriseUser, required: false }, { schema: SCHEMA_URNS.rosterUser, required: false }],
        meta: { resourceType: 'ResourceType', location: 'https://roster.example.com/scim/v2/ResourceTypes/User' },
      }),
      expect.objectContaining({ id: 'Group', endpoint: '/Groups', schema: SCHEMA_URNS.coreGroup, schemaExtensions: [] }),
    ]);
  });

  it('Schemas lists each schema once with its attributes, including the registered Roster attributes', () => {
    const documents = schemasDocuments([...registries, createGroupRegistry()], BASE);
    expect(documents.map((document) => document.id)).toEqual([
      SCHEMA_URNS.coreUser, SCHEMA_URNS.enterpriseUser, SCHEMA_URNS.rosterUser, SCHEMA_URNS.coreGroup,
    ]);
    const roster = documents.find((document) => document.id === SCHEMA_URNS.rosterUser)!;
    expect(roster.attributes).toEqual([expect.objectContaining({ name: 'costCode', type: 'string', multiValued: false, mutability: 'readWrite' })]);
    expect(documents[0].meta.location).toBe(`https://roster.example.com/scim/v2/Schemas/${SCHEMA_URNS.coreUser}`);
    expect(documents[0].attributes.map((attribute) => attribute.name)).not.toContain('id');
  });
});
