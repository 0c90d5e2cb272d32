import { handlePublic, publicJson } from "@/lib/api/public-response";
import { presentTrackerList } from "@/lib/api/v1/present-trackers";
import { serverEnv } from "@/lib/env";
import { readPublishedTrackers } from "@/lib/server/public/cached-reads";

/** GET /api/v1/trackers: every published tracker with its headline. */
export async function GET(request: Request): Promise<Response> {
  return handlePublic(async () => {
    const trackers = await readPublishedTrackers();
    return publicJson(request, presentTrackerList(trackers, serverEnv().PUBLIC_BASE_URL));
  });
}
