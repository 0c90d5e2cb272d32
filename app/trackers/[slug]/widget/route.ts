import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { renderWidget } from "@/lib/embeds/widget-html";
import { serverEnv } from "@/lib/env";
import { readTrackerScorecard } from "@/lib/server/public/cached-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /trackers/{slug}/widget: the compact scorecard other sites put in an iframe. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const scorecard = await orNotFound(readTrackerScorecard(slug), "Tracker");
    return publicResponse(request, renderWidget(scorecard, serverEnv().PUBLIC_BASE_URL), {
      contentType: "text/html; charset=utf-8",
    });
  });
}
