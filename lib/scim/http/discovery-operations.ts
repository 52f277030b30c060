import { scimErrors } from '../errors/scim-error';
import type { OperationContext, OperationResult } from '../operations/operation';
import { resourceTypes } from '../schemas/resource-types';
import { schemasDocuments } from '../schemas/schemas-documents';
import { serviceProviderConfig } from '../schemas/service-provider-config';

const audit = { operation: 'discovery.read' as const };

function single(document: unknown): OperationResult {
  return { response: { status: 200, headers: {}, body: document }, audit };
}

/** A ListResponse of discovery documents (RFC 7644 §4): never filtered or paged, all in one page. */
function all(documents: unknown[]): OperationResult {
  const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: documents.length, startIndex: 1, itemsPerPage: documents.length, Resources: documents };
  return { response: { status: 200, headers: {}, body }, audit };
}

/** /ServiceProviderConfig, /ResourceTypes[/{id}], /Schemas[/{id}] (RFC 7644 §4, RFC 7643 §5–7); the User schemas include Roster's extension. */
export async function runDiscoveryOperation(context: OperationContext): Promise<OperationResult> {
  const { route, baseUrl } = context.call;
  if (route.kind === 'serviceProviderConfig') return single(serviceProviderConfig(baseUrl));
  if (route.kind !== 'resourceTypes' && route.kind !== 'schemas') throw new Error(`not a discovery route: ${route.kind}`);

  const registries = [await context.scope.userRegistry(), await context.scope.groupRegistry()];
  const documents = route.kind === 'resourceTypes' ? resourceTypes(registries, baseUrl) : schemasDocuments(registries, baseUrl);
  if (route.id === undefined) return all(documents);
  const found = documents.find((document) => document.id.toLowerCase() === route.id!.toLowerCase());
  if (!found) throw scimErrors.notFound(`${route.kind === 'schemas' ? 'Schema' : 'ResourceType'} ${route.id} not found.`);
  return single(found);
}
