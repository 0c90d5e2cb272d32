import "server-only";
// The forecast reads routes use, behind the public cache: a tracker's forecasts are tagged
// with the tracker, a forecaster's profile (which spans trackers) is site-wide. Each read
// first lets due questions resolve, so a page never shows a question open past its date.
import { cachedPublicRead, SITE_TAG, trackerTag } from "@/lib/server/public/cache";
import { sweepDueForecastQuestions } from "../due-resolution-sweep";
import { getForecasterProfile, type ForecasterProfile } from "./get-forecaster-profile";
import { getTrackerForecasts, type TrackerForecasts } from "./get-tracker-forecasts";
import { listForecastFeedEntries, type ForecastFeedEntry } from "./list-forecast-feed-entries";

const cacheKey = (...parts: string[]) => JSON.stringify(["forecasts", ...parts]);

export async function readTrackerForecasts(slug: string): Promise<TrackerForecasts | null> {
  await sweepDueForecastQuestions();
  return cachedPublicRead(cacheKey("tracker", slug), () => getTrackerForecasts({ slug }), (value) => [trackerTag(value.tracker.id)]);
}

/** Resolutions and annulments for a tracker's feed (by its id) or, without one, the site feed. */
export async function readForecastFeedEntries(trackerId?: string): Promise<ForecastFeedEntry[]> {
  await sweepDueForecastQuestions();
  const entries = await cachedPublicRead(cacheKey("feed", trackerId ?? ""), () => listForecastFeedEntries({ trackerId }), () => [
    trackerId ? trackerTag(trackerId) : SITE_TAG,
  ]);
  return entries ?? [];
}

export async function readForecasterProfile(userId: string): Promise<ForecasterProfile | null> {
  await sweepDueForecastQuestions();
  return cachedPublicRead(cacheKey("forecaster", userId), () => getForecasterProfile({ userId }), () => [SITE_TAG]);
}
