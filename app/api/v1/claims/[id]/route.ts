import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentClaim } from "@/lib/api/v1/present-claims";
import { serverEnv } from "@/lib/env";
import { readPublicClaim } from "@/lib/server/public/cached-reads";
import { ZClaimIdParam } from "@/lib/validation/api/params";

type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/claims/{id}: a claim with its evidence, evidence balance and status history. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const id = parsePathParam(ZClaimIdParam, "id", (await params).id);
    const claim = await orNotFound(readPublicClaim(id), "Claim");
    return publicJson(request, presentClaim(claim, serverEnv().PUBLIC_BASE_URL));
  });
}
