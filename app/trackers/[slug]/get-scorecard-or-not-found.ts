import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { readTrackerScorecard } from "@/lib/server/public/cached-reads";
import { redirectFormerSlug } from "./redirect-former-slug";

// The page and its metadata both need the scorecard; cache() makes that one read per request
// (and the public cache makes it no query at all when warm).
// connection() keeps the route dynamic, so `next build` never needs a database.
export const getScorecardOrNotFound = cache(async (slug: string) => {
  await connection();
  const scorecard = await readTrackerScorecard(slug);
  if (!scorecard) {
    await redirectFormerSlug(slug, "");
    notFound();
  }
  return scorecard;
});
