// Every public URL a tracker or claim has, built in one place so pages, feeds, the API,
// exports and embed snippets link to the same addresses.

export const EXPORT_TABLES = ["claims", "evidence", "history", "forecasts", "box_states"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function trackerPaths(slug: string) {
  const base = `/trackers/${encodeURIComponent(slug)}`;
  return {
    page: base,
    feed: `${base}/feed.xml`,
    badge: `${base}/badge.svg`,
    widget: `${base}/widget`,
    exportJson: `${base}/export.json`,
    exportCsv: (table: ExportTable) => `${base}/export.csv?table=${table}`,
    api: `/api/v1/trackers/${encodeURIComponent(slug)}`,
    corrections: `${base}/corrections`,
    correctionsFeed: `${base}/corrections/feed.xml`,
  };
}

export const claimPath = (id: string) => `/claims/${encodeURIComponent(id)}`;

export const SITE_FEED_PATH = "/feed.xml";
export const CORRECTIONS_PATH = "/corrections";
export const CORRECTIONS_FEED_PATH = "/corrections/feed.xml";
/** The XSLT stylesheet the Atom feeds name, so a browser shows them as a readable page. */
export const FEED_STYLESHEET_PATH = "/feed.xsl";
export const OPENAPI_PATH = "/api/v1/openapi.json";

/** A download's file name, e.g. "euv-claims.csv". */
export function exportFilename(slug: string, part: ExportTable | "data", extension: "csv" | "json"): string {
  // Slugs are URL-safe already; anything else is replaced so the header stays valid.
  const safeSlug = slug.replace(/[^a-z0-9-]+/gi, "-");
  return `${safeSlug}-${part}.${extension}`;
}
