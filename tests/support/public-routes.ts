// Calls the public route handlers in-process, the way Next.js would for a GET: tests read
// like HTTP requests ("GET /api/v1/trackers/euv/claims?page=2") without a running server.
import { GET as claim } from "@/app/api/v1/claims/[id]/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { GET as trackerClaims } from "@/app/api/v1/trackers/[slug]/claims/route";
import { GET as tracker } from "@/app/api/v1/trackers/[slug]/route";
import { GET as scorecard } from "@/app/api/v1/trackers/[slug]/scorecard/route";
import { GET as trackers } from "@/app/api/v1/trackers/route";
import { GET as siteFeed } from "@/app/feed.xml/route";
import { GET as badge } from "@/app/trackers/[slug]/badge.svg/route";
import { GET as exportCsv } from "@/app/trackers/[slug]/export.csv/route";
import { GET as exportJson } from "@/app/trackers/[slug]/export.json/route";
import { GET as trackerFeed } from "@/app/trackers/[slug]/feed.xml/route";
import { GET as widget } from "@/app/trackers/[slug]/widget/route";
import { GET as trackerForecasts } from "@/app/api/v1/trackers/[slug]/forecasts/route";
import { GET as forecastQuestion } from "@/app/api/v1/trackers/[slug]/forecasts/[id]/route";
import { GET as citeJson } from "@/app/claims/[id]/cite.json/route";
import { GET as citeRis } from "@/app/claims/[id]/cite.ris/route";
import { GET as feedStylesheet } from "@/app/feed.xsl/route";
import { GET as siteCorrectionsFeed } from "@/app/corrections/feed.xml/route";
import { GET as trackerCorrectionsFeed } from "@/app/trackers/[slug]/corrections/feed.xml/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: [RegExp, Handler, string[]][] = [
  [/^\/api\/v1\/trackers$/, trackers as Handler, []],
  [/^\/api\/v1\/openapi\.json$/, openapi as Handler, []],
  [/^\/api\/v1\/trackers\/([^/]+)$/, tracker as Handler, ["slug"]],
  [/^\/api\/v1\/trackers\/([^/]+)\/scorecard$/, scorecard as Handler, ["slug"]],
  [/^\/api\/v1\/trackers\/([^/]+)\/claims$/, trackerClaims as Handler, ["slug"]],
  [/^\/api\/v1\/claims\/([^/]+)$/, claim as Handler, ["id"]],
  [/^\/api\/v1\/trackers\/([^/]+)\/forecasts$/, trackerForecasts as Handler, ["slug"]],
  [/^\/api\/v1\/trackers\/([^/]+)\/forecasts\/([^/]+)$/, forecastQuestion as Handler, ["slug", "id"]],
  [/^\/feed\.xml$/, siteFeed as Handler, []],
  [/^\/trackers\/([^/]+)\/feed\.xml$/, trackerFeed as Handler, ["slug"]],
  [/^\/corrections\/feed\.xml$/, siteCorrectionsFeed as Handler, []],
  [/^\/trackers\/([^/]+)\/corrections\/feed\.xml$/, trackerCorrectionsFeed as Handler, ["slug"]],
  [/^\/trackers\/([^/]+)\/export\.csv$/, exportCsv as Handler, ["slug"]],
  [/^\/trackers\/([^/]+)\/export\.json$/, exportJson as Handler, ["slug"]],
  [/^\/trackers\/([^/]+)\/badge\.svg$/, badge as Handler, ["slug"]],
  [/^\/trackers\/([^/]+)\/widget$/, widget as Handler, ["slug"]],
  [/^\/claims\/([^/]+)\/cite\.json$/, citeJson as Handler, ["id"]],
  [/^\/claims\/([^/]+)\/cite\.ris$/, citeRis as Handler, ["id"]],
  [/^\/feed\.xsl$/, feedStylesheet as unknown as Handler, []],
];

/** GET a public output, e.g. `get("/api/v1/trackers/euv/claims?page=2")`. */
export async function get(pathAndQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(pathAndQuery, "http://localhost:3000");
  for (const [pattern, handler, names] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    // Next.js hands handlers decoded path parameters.
    const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
    return handler(new Request(url, { headers }), { params: Promise.resolve(params) });
  }
  throw new Error(`No public route for ${url.pathname}`);
}

export async function getJson(pathAndQuery: string): Promise<{ status: number; body: unknown; response: Response }> {
  const response = await get(pathAndQuery);
  return { status: response.status, body: await response.json(), response };
}
