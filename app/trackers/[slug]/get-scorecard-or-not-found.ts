import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { redirectFormerSlug } from "./redirect-former-slug";

// The page and its metadata both need the scorecard; cache() makes that one query per request.
// connection() keeps the route dynamic, so `next build` never needs a database.
export const getScorecardOrNotFound = cache(async (slug: string) => {
  await connection();
  const scorecard = await getTrackerScorecard({ slug });
  if (!scorecard) {
    await redirectFormerSlug(slug, "");
    notFound();
  }
  return scorecard;
});
