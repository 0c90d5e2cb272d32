import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam, parseSearchParams } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentClaimPage } from "@/lib/api/v1/present-claims";
import { serverEnv } from "@/lib/env";
import { readTrackerDataset } from "@/lib/server/public/cached-reads";
import { ZClaimListQuery, ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/trackers/{slug}/claims?page&pageSize&proofPoint&status: the tracker's claims, a page at a time. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    // Parameters first: a bad one is a 400 even for an unknown tracker.
    const query = parseSearchParams(ZClaimListQuery, request.url);
    const dataset = await orNotFound(readTrackerDataset(slug), "Tracker");
    return publicJson(request, presentClaimPage(dataset, query, { baseUrl: serverEnv().PUBLIC_BASE_URL, requestUrl: request.url }));
  });
}
