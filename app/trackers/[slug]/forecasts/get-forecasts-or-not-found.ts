import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { redirectFormerSlug } from "../redirect-former-slug";

// Shared by the pages and their metadata (one read per request); dynamic, so builds need no database.
export const getForecastsOrNotFound = cache(async (slug: string, suffix = "/forecasts") => {
  await connection();
  const forecasts = await readTrackerForecasts(slug);
  if (!forecasts) {
    await redirectFormerSlug(slug, suffix);
    notFound();
  }
  return forecasts;
});
