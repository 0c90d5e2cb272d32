import "server-only";
// Atom entries for forecast resolutions and annulments, beside the status changes.
import type { ForecastFeedEntry } from "@/lib/server/forecasts/public/list-forecast-feed-entries";

const OUTCOME = { yes: "Forecast resolved yes", no: "Forecast resolved no", annulled: "Forecast annulled" } as const;

export function forecastFeedItem(entry: ForecastFeedEntry, baseUrl: string) {
  const link = `${baseUrl}/trackers/${encodeURIComponent(entry.tracker.slug)}/forecasts/${encodeURIComponent(entry.questionId)}`;
  const demo = entry.tracker.isDemo ? " [demo data]" : "";
  const percent = entry.community.probability === null ? "no forecasts" : `${Math.round(entry.community.probability * 1000) / 10}%`;
  const summary =
    entry.resolution === "annulled"
      ? "The criteria changed what ticks the box before the question resolved; it is not scored."
      : `Community forecast at resolution: ${percent} from ${entry.community.forecasters} forecasters` +
        (entry.community.brier === null ? "." : `, Brier score ${entry.community.brier.toFixed(3)}.`);
  return {
    id: `urn:proofboard:forecast-question:${entry.questionId}:${entry.resolution}`,
    title: `${OUTCOME[entry.resolution]}: ${entry.title}${demo}`,
    link,
    date: new Date(entry.at),
    published: new Date(entry.at),
    description: escapeHtml(summary),
    content: `<p><strong>${escapeHtml(OUTCOME[entry.resolution])}</strong> (${escapeHtml(entry.proofPointTitle)})</p><p>${escapeHtml(entry.title)}</p><p>${escapeHtml(summary)}</p>`,
    author: [{ name: "Proofboard", link: baseUrl }],
    category: [{ name: entry.proofPointTitle, term: `forecast-${entry.resolution}` }],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
