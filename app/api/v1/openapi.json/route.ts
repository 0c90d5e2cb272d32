import { handlePublic, publicJson } from "@/lib/api/public-response";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { serverEnv } from "@/lib/env";

/** GET /api/v1/openapi.json: the OpenAPI 3.1 description of the public API. */
export async function GET(request: Request): Promise<Response> {
  return handlePublic(async () => publicJson(request, buildOpenApiDocument(serverEnv().PUBLIC_BASE_URL)));
}
