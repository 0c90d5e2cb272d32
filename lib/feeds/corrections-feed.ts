import "server-only";
// Atom 1.0 document of the corrections log, built with the same escaping as the status
// feeds (lib/feeds/atom-feed.ts): every human-written field reaches the document as text,
// and HTML bodies are built from escaped fragments before being escaped once more as XML.
import { STATUS_LABELS } from "@/lib/domain";
import { CORRECTIONS_FEED_PATH, CORRECTIONS_PATH, claimPath, trackerPaths } from "@/lib/public/urls";
import type { CorrectionEntry, CorrectionsLog } from "@/lib/server/public/list-corrections";
import { buildAtomDocument, escapeHtml, text, xmlSafe } from "./atom-feed";

export function buildCorrectionsFeed(log: CorrectionsLog, baseUrl: string): string {
  const tracker = log.tracker;
  const selfUrl = `${baseUrl}${tracker ? trackerPaths(tracker.slug).correctionsFeed : CORRECTIONS_FEED_PATH}`;
  const entries = log.entries.map((entry) => toEntry(entry, baseUrl, tracker === null));
  return buildAtomDocument({
    selfUrl,
    alternateUrl: `${baseUrl}${tracker ? trackerPaths(tracker.slug).corrections : CORRECTIONS_PATH}`,
    title: tracker ? `${tracker.title}: corrections` : "Proofboard: corrections",
    subtitle: "Accepted reports of errors and the reviewed changes they led to, and every change that reversed an earlier verdict.",
    updated: entries[0]?.updated ?? log.asOf,
    baseUrl,
    entries,
  });
}

/** "Supported → Refuted", or "Supported, under review" while a report waits for its review. */
export function correctionTransition(entry: CorrectionEntry): string {
  if (!entry.review) return `${STATUS_LABELS[entry.said]}, under review`;
  if (entry.review.status === entry.said) return `${STATUS_LABELS[entry.said]}, confirmed on review`;
  return `${STATUS_LABELS[entry.said]} → ${STATUS_LABELS[entry.review.status]}`;
}

function toEntry(entry: CorrectionEntry, baseUrl: string, siteWide: boolean) {
  const demo = entry.claim.tracker.isDemo ? " [demo data]" : "";
  const where = siteWide ? `${entry.claim.tracker.title} · ${entry.claim.proofPointTitle}` : entry.claim.proofPointTitle;
  const transition = correctionTransition(entry);
  const what = entry.kind === "dispute" ? "Reader report" : "Reversed verdict";
  const paragraphs = [
    `<p><strong>${escapeHtml(what)}: ${escapeHtml(transition)}</strong> (${escapeHtml(where)})</p>`,
    `<p>${escapeHtml(entry.claim.statement)}</p>`,
    entry.kind === "dispute" ? `<p>Reported: ${escapeHtml(entry.report)}</p>` : "",
    entry.review
      ? `<p>${escapeHtml(entry.review.rationale)}</p><p>Proposed by ${escapeHtml(entry.review.proposedBy)}, reviewed by ${escapeHtml(entry.review.reviewedBy)}.</p>`
      : "<p>The claim waits for a second person's review.</p>",
  ];
  return {
    id: `urn:proofboard:correction:${entry.kind}:${entry.id}`,
    title: text(`${what}: ${transition}: ${entry.claim.statement}${demo}`),
    link: { "@href": `${baseUrl}${claimPath(entry.claim.id)}` },
    updated: entry.at,
    published: entry.kind === "dispute" ? entry.acceptedAt : entry.at,
    author: { name: "Proofboard", uri: baseUrl },
    category: { "@term": entry.kind, "@label": xmlSafe(entry.claim.proofPointTitle) },
    summary: text(`${where}. ${transition}.`),
    content: { "@type": "html", "#text": xmlSafe(paragraphs.join("")) },
  };
}
