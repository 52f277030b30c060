import { clientAddressOf } from './client-address';
import { CONNECTION_TEST_HEADER, isSignedConnectionTest } from '@/lib/onboarding/connection-test-signature';
import { handleScimRequest, toFetchResponse, toScimRequest } from '@/lib/scim';
import { scimDeps } from '@/lib/provisioning/scim-deps';

/** Next route adapter for every SCIM method: fetch Request → ScimRequest → engine → fetch Response. */
export async function serveScim(request: Request): Promise<Response> {
  const isConnectionTest = isSignedConnectionTest(request.headers.get(CONNECTION_TEST_HEADER), new Date());
  return toFetchResponse(await handleScimRequest({ ...toScimRequest(request, clientAddressOf(request.headers)), isConnectionTest }, await scimDeps()));
}
