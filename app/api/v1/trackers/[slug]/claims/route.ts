import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam, parseSearchParams } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentClaimPage, proofPointOfQuery } from "@/lib/api/v1/present-claims";
import { serverEnv } from "@/lib/env";
import { readClaimApiPage, readPublicTracker } from "@/lib/server/public/cached-reads";
import { ZClaimListQuery, ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/trackers/{slug}/claims?cursor&pageSize&proofPoint&status: the tracker's claims, a keyset page at a time. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    // Parameters first: a bad one is a 400 even for an unknown tracker.
    const query = parseSearchParams(ZClaimListQuery, request.url);
    const tracker = await orNotFound(readPublicTracker(slug), "Tracker");
    const proofPointId = proofPointOfQuery(tracker, query.proofPoint);
    const page = await orNotFound(
      readClaimApiPage(tracker.id, { after: query.cursor, pageSize: query.pageSize, proofPointId, status: query.status }),
      "Tracker",
    );
    return publicJson(request, presentClaimPage(page, query, { baseUrl: serverEnv().PUBLIC_BASE_URL, requestUrl: request.url }));
  });
}
