import { buildOpenApiDocument } from '@/lib/app-api/openapi-document';
import { json } from '@/lib/http/respond';

/** Public like any API description: it holds no data, and clients generate code from it before they have a key. */
export function GET(request: Request): Response {
  return json(buildOpenApiDocument(new URL('/api/v1', request.url).toString()));
}
