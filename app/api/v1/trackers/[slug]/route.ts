import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentTracker } from "@/lib/api/v1/present-trackers";
import { serverEnv } from "@/lib/env";
import { readPublicTracker } from "@/lib/server/public/cached-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/trackers/{slug}: the tracker and its proof points. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const tracker = await orNotFound(readPublicTracker(slug), "Tracker");
    return publicJson(request, presentTracker(tracker, serverEnv().PUBLIC_BASE_URL));
  });
}
