import "server-only";
// Atom 1.0 (RFC 4287) documents of approved status changes, written by the `feed`
// library so escaping and the required elements are not ours to get right.
import { Feed } from "feed";
import { STATUS_LABELS } from "@/lib/domain";
import { SITE_FEED_PATH, claimPath, trackerPaths } from "@/lib/public/urls";
import type { ChangeFeed, FeedEntry } from "@/lib/server/public/get-change-feed";
import type { ForecastFeedEntry } from "@/lib/server/forecasts/public/list-forecast-feed-entries";
import { forecastFeedItem } from "./forecast-feed-items";

export function buildAtomFeed(feed: ChangeFeed, baseUrl: string, forecastEntries: readonly ForecastFeedEntry[] = []): string {
  const tracker = feed.tracker;
  const selfUrl = `${baseUrl}${tracker ? trackerPaths(tracker.slug).feed : SITE_FEED_PATH}`;
  const items = [
    ...feed.entries.map((entry) => toItem(entry, baseUrl, tracker === null)),
    ...forecastEntries.map((entry) => forecastFeedItem(entry, baseUrl)),
  ].sort((a, b) => b.date.getTime() - a.date.getTime());
  const newest = items[0]?.date.toISOString() ?? feed.asOf;
  const atom = new Feed({
    // The feed's own URL doubles as its permanent id.
    id: selfUrl,
    title: tracker ? `${tracker.title}: approved status changes` : "Proofboard: approved status changes",
    description: tracker
      ? `${tracker.question}${tracker.isDemo ? " (demo data)" : ""}`
      : "Every reviewed change of a claim's status, across all published trackers.",
    link: `${baseUrl}${tracker ? trackerPaths(tracker.slug).page : "/"}`,
    feedLinks: { atom: selfUrl },
    language: "en-GB",
    updated: new Date(newest),
    generator: "Proofboard",
    author: { name: "Proofboard", link: baseUrl },
    copyright: "Proofboard contributors",
  });
  for (const item of items) atom.addItem(item);
  return atom.atom1();
}

function toItem(entry: FeedEntry, baseUrl: string, siteWide: boolean) {
  const link = `${baseUrl}${claimPath(entry.claimId)}`;
  const transition = `${STATUS_LABELS[entry.fromStatus]} → ${STATUS_LABELS[entry.toStatus]}`;
  const demo = entry.tracker.isDemo ? " [demo data]" : "";
  const where = siteWide ? `${entry.tracker.title} · ${entry.proofPointTitle}` : entry.proofPointTitle;
  return {
    // A URN, not a URL: the entry keeps its identity if the site moves.
    id: `urn:proofboard:status-change:${entry.id}`,
    title: `${transition}: ${entry.claimStatement}${demo}`,
    link,
    date: new Date(entry.approvedAt),
    published: new Date(entry.approvedAt),
    description: escapeHtml(`${where}. ${entry.rationale}`),
    content: [
      `<p><strong>${escapeHtml(transition)}</strong> (${escapeHtml(where)})</p>`,
      `<p>${escapeHtml(entry.claimStatement)} — claimed by ${escapeHtml(entry.claimant)}</p>`,
      `<p>${escapeHtml(entry.rationale)}</p>`,
      `<p>Proposed by ${escapeHtml(entry.proposedBy)}, approved by ${escapeHtml(entry.approvedBy)}.</p>`,
    ].join(""),
    author: [{ name: "Proofboard", link: baseUrl }],
    category: [{ name: entry.proofPointTitle, term: entry.toStatus }],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
