import { clientAddressOf } from './client-address';
import { handleScimRequest, toFetchResponse, toScimRequest } from '@/lib/scim';
import { scimDeps } from '@/lib/provisioning/scim-deps';

/** Next route adapter for every SCIM method: fetch Request → ScimRequest → engine → fetch Response. */
export async function serveScim(request: Request): Promise<Response> {
  return toFetchResponse(await handleScimRequest(toScimRequest(request, clientAddressOf(request.headers)), await scimDeps()));
}
