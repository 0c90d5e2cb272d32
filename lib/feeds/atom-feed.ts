import "server-only";
// Atom 1.0 (RFC 4287) documents of approved status changes. Every human-written field
// (titles, statements, claimants, rationales, names) reaches the document as text:
// fast-xml-parser's builder escapes it in elements and attributes alike, titles are
// `type="text"` so a reader never runs them as markup, and the HTML bodies are built
// from escaped fragments before they are escaped once more as XML text.
import { XMLBuilder } from "fast-xml-parser";
import { STATUS_LABELS } from "@/lib/domain";
import { SITE_FEED_PATH, claimPath, trackerPaths } from "@/lib/public/urls";
import type { ChangeFeed, FeedEntry } from "@/lib/server/public/get-change-feed";

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  format: true,
  suppressEmptyNode: true,
  processEntities: true,
});

export function buildAtomFeed(feed: ChangeFeed, baseUrl: string): string {
  const tracker = feed.tracker;
  const selfUrl = `${baseUrl}${tracker ? trackerPaths(tracker.slug).feed : SITE_FEED_PATH}`;
  const newest = feed.entries[0]?.approvedAt ?? feed.asOf;
  const document = {
    "?xml": { "@version": "1.0", "@encoding": "utf-8" },
    feed: {
      "@xmlns": "http://www.w3.org/2005/Atom",
      "@xml:lang": "en-GB",
      // The feed's own URL doubles as its permanent id.
      id: selfUrl,
      title: text(tracker ? `${tracker.title}: approved status changes` : "Proofboard: approved status changes"),
      subtitle: text(
        tracker
          ? `${tracker.question}${tracker.isDemo ? " (demo data)" : ""}`
          : "Every reviewed change of a claim's status, across all published trackers.",
      ),
      updated: new Date(newest).toISOString(),
      generator: "Proofboard",
      author: { name: "Proofboard", uri: baseUrl },
      rights: "Proofboard contributors",
      link: [
        { "@rel": "alternate", "@href": `${baseUrl}${tracker ? trackerPaths(tracker.slug).page : "/"}` },
        { "@rel": "self", "@href": selfUrl },
      ],
      entry: feed.entries.map((entry) => toEntry(entry, baseUrl, tracker === null)),
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

function text(value: string) {
  return { "@type": "text", "#text": xmlSafe(value) };
}

// XML 1.0 has no way to write most C0 controls, lone surrogates or U+FFFE/U+FFFF, even
// escaped; a strict parser rejects the whole document. They carry no meaning in a title,
// so they are dropped.
const NOT_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHARACTERS, "");
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
