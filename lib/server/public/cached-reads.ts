import "server-only";
// The public reads that routes use: each query of this folder behind the public cache,
// tagged with the tracker it reads so invalidatePublicData(trackerId) finds it. Routes
// import from here, never the uncached queries, so a warm page makes no database query.
import { cachedPublicRead, SITE_TAG, trackerTag } from "./cache";
import { getChangeFeed, type ChangeFeed } from "./get-change-feed";
import { getPublicClaim, type PublicClaim } from "./get-public-claim";
import { getPublicSource, type PublicSource } from "./get-public-source";
import { getTrackerScorecard, type TrackerScorecard } from "./get-tracker-scorecard";
import { findPublicTracker, type PublicTrackerHeader } from "./tracker-rows/public-tracker";
import { getClaimApiPage, type ClaimApiPage, type ClaimApiQuery } from "./tracker-rows/claim-api-page";
import { listTrackerClaims, type TrackerClaimsPage } from "./list-tracker-claims";
import { listPublishedTrackers, type PublishedTrackerSummary } from "./list-published-trackers";
import { listCorrections, type CorrectionsLog } from "./list-corrections";

// JSON keeps any character in a slug or id from making two reads share a key.
const cacheKey = (...parts: string[]) => JSON.stringify(parts);

export async function readPublishedTrackers(): Promise<PublishedTrackerSummary[]> {
  // The list sums up every tracker, so any tracker's invalidation must drop it.
  const trackers = await cachedPublicRead(cacheKey("trackers"), () => listPublishedTrackers(), () => [SITE_TAG]);
  return trackers ?? [];
}

export function readTrackerScorecard(slug: string): Promise<TrackerScorecard | null> {
  return cachedPublicRead(cacheKey("scorecard", slug), () => getTrackerScorecard({ slug }), (scorecard) => [
    trackerTag(scorecard.tracker.id),
  ]);
}

/** The tracker, its active proof points and claim count: the API's tracker and the exports' header. */
export function readPublicTracker(slug: string): Promise<PublicTrackerHeader | null> {
  return cachedPublicRead(cacheKey("tracker", slug), () => findPublicTracker(slug), (tracker) => [trackerTag(tracker.id)]);
}

/** One page of the claims API. Pages are small and keyed by their cursor; the cache's size bound keeps them few. */
export function readClaimApiPage(trackerId: string, query: ClaimApiQuery): Promise<ClaimApiPage | null> {
  return cachedPublicRead(cacheKey("claims-api", trackerId, JSON.stringify(query)), () => getClaimApiPage(trackerId, query), () => [
    trackerTag(trackerId),
  ]);
}

export function readPublicClaim(id: string, evidencePage = 1): Promise<PublicClaim | null> {
  return cachedPublicRead(cacheKey("claim", id, String(evidencePage)), () => getPublicClaim({ id, evidencePage }), (claim) => [
    trackerTag(claim.tracker.id),
  ]);
}

/** A tracker's feed, or the site-wide feed without a slug. */
export function readChangeFeed(slug?: string): Promise<ChangeFeed | null> {
  return cachedPublicRead(cacheKey("feed", slug ?? ""), () => getChangeFeed({ slug }), (feed) =>
    feed.tracker ? [trackerTag(feed.tracker.id)] : [SITE_TAG],
  );
}

/** A source's page lists claims of every tracker, so any tracker's invalidation drops it. */
export function readPublicSource(domain: string): Promise<PublicSource | null> {
  return cachedPublicRead(cacheKey("source", domain), () => getPublicSource({ domain }), () => [SITE_TAG]);
}

export function readTrackerClaims(slug: string, pointKey: string | undefined, page: number): Promise<TrackerClaimsPage | null> {
  return cachedPublicRead(cacheKey("claims", slug, pointKey ?? "", String(page)), () => listTrackerClaims({ slug, pointKey, page }), (list) => [
    trackerTag(list.tracker.id),
  ]);
}

/** A tracker's corrections log, or the site-wide one without a slug. */
export function readCorrections(slug?: string): Promise<CorrectionsLog | null> {
  return cachedPublicRead(cacheKey("corrections", slug ?? ""), () => listCorrections({ slug }), (log) => (log.tracker ? [trackerTag(log.tracker.id)] : [SITE_TAG]));
}

/** One claim's corrections, for its page; kept with its tracker's entries. */
export function readClaimCorrections(slug: string, claimId: string): Promise<CorrectionsLog | null> {
  return cachedPublicRead(cacheKey("claim-corrections", slug, claimId), () => listCorrections({ slug, claimId }), (log) => [trackerTag(log.tracker!.id)]);
}
