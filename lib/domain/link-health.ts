// Honest link health: what one fetch of a link showed, and what a run of such observations
// lets us say. Only a 404 or 410 suggests the page is gone, and only two in a row make it
// "gone"; a 403, 429, 5xx, timeout or network failure says nothing about the page (it may
// be throttling, an outage, or us) and is "unknown". A redirect to another page is "moved";
// a redirect to the site's home page is a soft 404 and also "moved", never "ok".

export type LinkObservation = "ok" | "moved" | "not_found" | "unknown";
export type LinkHealthState = "unchecked" | "ok" | "broken" | "moved" | "gone" | "unknown";

export type FetchOutcome = { status: number; finalUrl: string } | { error: string };

/** The page a URL names, for comparison: host without www., path without trailing slash. */
function pageKey(url: string): string | null {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, "") || "/";
    return `${parsed.hostname.replace(/^www\./, "")}${path}${parsed.search}`;
  } catch {
    return null;
  }
}

function isHomePage(url: string): boolean {
  try {
    return (new URL(url).pathname.replace(/\/+$/, "") || "/") === "/";
  } catch {
    return false;
  }
}

export function observeFetch(requestedUrl: string, outcome: FetchOutcome, canonicalUrl?: string | null): LinkObservation {
  if ("error" in outcome) return "unknown";
  const { status, finalUrl } = outcome;
  if (status === 404 || status === 410) return "not_found";
  if (status < 200 || status >= 300) return "unknown";
  const requested = pageKey(requestedUrl);
  const landed = pageKey(finalUrl);
  if (requested === landed) return "ok";
  // A soft 404: a deep link that now lands on the home page.
  if (isHomePage(finalUrl) && !isHomePage(requestedUrl)) return "moved";
  // A redirect to a page that names the requested URL as canonical is the same page.
  if (canonicalUrl && pageKey(canonicalUrl) === requested) return "ok";
  return "moved";
}

export type LinkHealthRecord = { health: LinkHealthState; goneStreak: number };

export const GONE_AFTER = 2;

export function nextLinkHealth(previous: LinkHealthRecord, observation: LinkObservation): LinkHealthRecord {
  switch (observation) {
    case "not_found": {
      const goneStreak = previous.goneStreak + 1;
      if (goneStreak >= GONE_AFTER) return { health: "gone", goneStreak };
      // One 404 is not enough to say so; keep what we knew (or admit we do not know).
      return { health: previous.health === "unchecked" || previous.health === "gone" ? "unknown" : previous.health, goneStreak };
    }
    case "unknown":
      return { health: "unknown", goneStreak: 0 };
    case "ok":
    case "moved":
      return { health: observation, goneStreak: 0 };
  }
}

export type DatedObservation = { observation: LinkObservation; httpStatus: number | null; checkedAt: string };

const SAID: Record<LinkObservation, (status: number | null) => string> = {
  ok: () => "reachable",
  moved: () => "redirected elsewhere",
  not_found: (status) => String(status ?? 404),
  unknown: (status) => (status ? `no clear answer (${status})` : "no answer"),
};

/** "reachable on 3 Mar 2026; 404 on 10 and 17 Mar 2026": runs of the same observation,
 * oldest first, with the dates they were made. Never infers when something happened. */
export function describeObservations(observations: readonly DatedObservation[], formatDate: (iso: string) => string): string {
  const runs: { said: string; dates: string[] }[] = [];
  for (const item of [...observations].sort((a, b) => a.checkedAt.localeCompare(b.checkedAt))) {
    const said = SAID[item.observation](item.httpStatus);
    const date = formatDate(item.checkedAt);
    const last = runs.at(-1);
    if (last && last.said === said) {
      if (last.dates.at(-1) !== date) last.dates.push(date);
    } else runs.push({ said, dates: [date] });
  }
  return runs.map((run) => `${run.said} on ${joinDates(run.dates)}`).join("; ");
}

function joinDates(dates: string[]): string {
  if (dates.length <= 2) return dates.join(" and ");
  return `${dates.slice(0, -1).join(", ")} and ${dates.at(-1)}`;
}
