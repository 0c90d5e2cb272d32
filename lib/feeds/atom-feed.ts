import "server-only";
// Atom 1.0 (RFC 4287) documents of approved status changes. Every human-written field
// (titles, statements, claimants, rationales, names) reaches the document as text:
// fast-xml-parser's builder escapes it in elements and attributes alike, titles are
// `type="text"` so a reader never runs them as markup, and the HTML bodies are built
// from escaped fragments before they are escaped once more as XML text.
import { XMLBuilder } from "fast-xml-parser";
import { STATUS_LABELS } from "@/lib/domain";
import { FEED_STYLESHEET_PATH, SITE_FEED_PATH, claimPath, trackerPaths } from "@/lib/public/urls";
import type { ChangeFeed, FeedEntry } from "@/lib/server/public/get-change-feed";
import type { ForecastFeedEntry } from "@/lib/server/forecasts/public/list-forecast-feed-entries";

/**
 * Atom served as generic XML: browsers apply the feed's XSLT stylesheet only to XML types
 * (Chromium shows application/atom+xml as plain text), and feed readers read the document,
 * not the type (docs/decisions/0056-feeds-readable-in-a-browser.md).
 */
export const FEED_CONTENT_TYPE = "application/xml; charset=utf-8";

export const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

/** Forecast resolutions and annulments share the feed with the status changes, newest first. */
export function buildAtomFeed(feed: ChangeFeed, baseUrl: string, forecastEntries: readonly ForecastFeedEntry[] = []): string {
  const tracker = feed.tracker;
  const selfUrl = `${baseUrl}${tracker ? trackerPaths(tracker.slug).feed : SITE_FEED_PATH}`;
  const entries = [
    ...feed.entries.map((entry) => toEntry(entry, baseUrl, tracker === null)),
    ...forecastEntries.map((entry) => toForecastEntry(entry, baseUrl)),
  ].sort((a, b) => b.updated.localeCompare(a.updated));
  return buildAtomDocument({
    selfUrl,
    alternateUrl: `${baseUrl}${tracker ? trackerPaths(tracker.slug).page : "/"}`,
    title: tracker ? `${tracker.title}: approved status changes` : "Proofboard: approved status changes",
    subtitle: tracker ? `${tracker.question}${tracker.isDemo ? " (demo data)" : ""}` : "Every reviewed change of a claim's status, across all published trackers.",
    updated: entries[0]?.updated ?? new Date(feed.asOf).toISOString(),
    baseUrl,
    entries,
  });
}

/** Every Proofboard feed's Atom document around its entries, newest first. */
export function buildAtomDocument(feed: { selfUrl: string; alternateUrl: string; title: string; subtitle: string; updated: string; baseUrl: string; entries: unknown[] }): string {
  const document = {
    "?xml": { "@version": "1.0", "@encoding": "utf-8" },
    // A browser shows the feed as a page through this stylesheet; feed readers ignore it.
    "?xml-stylesheet": { "@type": "text/xsl", "@href": FEED_STYLESHEET_PATH },
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": "en-GB",
      // The feed's own URL doubles as its permanent id.
      id: feed.selfUrl,
      title: text(feed.title),
      subtitle: text(feed.subtitle),
      updated: feed.updated,
      generator: "Proofboard",
      author: { name: "Proofboard", uri: feed.baseUrl },
      rights: "Proofboard contributors",
      link: [
        { "@rel": "alternate", "@href": feed.alternateUrl },
        { "@rel": "self", "@href": feed.selfUrl },
      ],
      entry: feed.entries,
    },
  };
  return builder.build(document) as string;
}

function toEntry(entry: FeedEntry, baseUrl: string, siteWide: boolean) {
  const transition = `${STATUS_LABELS[entry.fromStatus]} → ${STATUS_LABELS[entry.toStatus]}`;
  const demo = entry.tracker.isDemo ? " [demo data]" : "";
  const where = siteWide ? `${entry.tracker.title} · ${entry.proofPointTitle}` : entry.proofPointTitle;
  const approvedAt = new Date(entry.approvedAt).toISOString();
  return {
    // A URN, not a URL: the entry keeps its identity if the site moves.
    id: `urn:proofboard:status-change:${entry.id}`,
    title: text(`${transition}: ${entry.claimStatement}${demo}`),
    link: { "@href": `${baseUrl}${claimPath(entry.claimId)}` },
    updated: approvedAt,
    published: approvedAt,
    author: { name: "Proofboard", uri: baseUrl },
    category: { "@term": entry.toStatus, "@label": xmlSafe(entry.proofPointTitle) },
    summary: text(`${where}. ${entry.rationale}`),
    content: {
      "@type": "html",
      "#text": xmlSafe(
        [
          `<p><strong>${escapeHtml(transition)}</strong> (${escapeHtml(where)})</p>`,
          `<p>${escapeHtml(entry.claimStatement)} — claimed by ${escapeHtml(entry.claimant)}</p>`,
          `<p>${escapeHtml(entry.rationale)}</p>`,
          `<p>Proposed by ${escapeHtml(entry.proposedBy)}, approved by ${escapeHtml(entry.approvedBy)}.</p>`,
        ].join(""),
      ),
    },
  };
}

const FORECAST_OUTCOME = { yes: "Forecast resolved yes", no: "Forecast resolved no", annulled: "Forecast annulled" } as const;

function toForecastEntry(entry: ForecastFeedEntry, baseUrl: string) {
  const outcome = FORECAST_OUTCOME[entry.resolution];
  const demo = entry.tracker.isDemo ? " [demo data]" : "";
  const percent = entry.community.probability === null ? "no forecasts" : `${Math.round(entry.community.probability * 1000) / 10}%`;
  const summary =
    entry.resolution === "annulled"
      ? "The criteria changed what ticks the box before the question resolved; it is not scored."
      : `Community forecast at resolution: ${percent} from ${entry.community.forecasters} forecasters` +
        (entry.community.brier === null ? "." : `, Brier score ${entry.community.brier.toFixed(3)}.`);
  const at = new Date(entry.at).toISOString();
  return {
    id: `urn:proofboard:forecast-question:${entry.questionId}:${entry.resolution}`,
    title: text(`${outcome}: ${entry.title}${demo}`),
    link: { "@href": `${baseUrl}/trackers/${encodeURIComponent(entry.tracker.slug)}/forecasts/${encodeURIComponent(entry.questionId)}` },
    updated: at,
    published: at,
    author: { name: "Proofboard", uri: baseUrl },
    category: { "@term": `forecast-${entry.resolution}`, "@label": xmlSafe(entry.proofPointTitle) },
    summary: text(summary),
    content: {
      "@type": "html",
      "#text": xmlSafe(
        `<p><strong>${escapeHtml(outcome)}</strong> (${escapeHtml(entry.proofPointTitle)})</p><p>${escapeHtml(entry.title)}</p><p>${escapeHtml(summary)}</p>`,
      ),
    },
  };
}

export function text(value: string) {
  return { "@type": "text", "#text": xmlSafe(value) };
}

// XML 1.0 has no way to write most C0 controls, lone surrogates or U+FFFE/U+FFFF, even
// escaped; a strict parser rejects the whole document. They carry no meaning in a title,
// so they are dropped.
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHARACTERS, "");
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
