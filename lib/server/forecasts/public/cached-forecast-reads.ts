import "server-only";
// The forecast reads routes use, behind the public cache: a tracker's forecasts are tagged
// with the tracker, a forecaster's profile (which spans trackers) is site-wide. Each read
// first lets due questions resolve, so a page never shows a question open past its date.
import { cachedPublicRead, SITE_TAG, trackerTag } from "@/lib/server/public/cache";
import { sweepDueForecastQuestions } from "../due-resolution-sweep";
import { getForecasterProfile, type ForecasterProfile } from "./get-forecaster-profile";
import { getTrackerForecasts, type TrackerForecasts } from "./get-tracker-forecasts";

const cacheKey = (...parts: string[]) => JSON.stringify(["forecasts", ...parts]);

export async function readTrackerForecasts(slug: string): Promise<TrackerForecasts | null> {
  await sweepDueForecastQuestions();
  return cachedPublicRead(cacheKey("tracker", slug), () => getTrackerForecasts({ slug }), (value) => [trackerTag(value.tracker.id)]);
}

export async function readForecasterProfile(userId: string): Promise<ForecasterProfile | null> {
  await sweepDueForecastQuestions();
  return cachedPublicRead(cacheKey("forecaster", userId), () => getForecasterProfile({ userId }), () => [SITE_TAG]);
}
