import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { citationCslJson } from "@/lib/domain/cite-claim";
import { serverEnv } from "@/lib/env";
import { citationFilename, toCitableClaim } from "@/lib/exports/claim-citation";
import { readPublicClaim } from "@/lib/server/public/cached-reads";
import { ZClaimIdParam } from "@/lib/validation/api/params";

type Context = { params: Promise<{ id: string }> };

/** GET /claims/{id}/cite.json: the claim as CSL-JSON, for Zotero, Pandoc and citeproc. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const id = parsePathParam(ZClaimIdParam, "id", (await params).id);
    const claim = await orNotFound(readPublicClaim(id), "Claim");
    const body = JSON.stringify(citationCslJson(toCitableClaim(claim, serverEnv().PUBLIC_BASE_URL), new Date().toISOString()), null, 2);
    return publicResponse(request, body, {
      contentType: "application/vnd.citationstyles.csl+json; charset=utf-8",
      filename: citationFilename(claim.id, "json"),
    });
  });
}
