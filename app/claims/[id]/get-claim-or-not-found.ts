import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { readPublicClaim } from "@/lib/server/public/cached-reads";

// The page and its metadata both need the claim; cache() makes that one read per request
// (and the public cache makes it no query at all when warm).
// connection() keeps the route dynamic, so `next build` never needs a database.
export const getClaimOrNotFound = cache(async (id: string, evidencePage = 1) => {
  await connection();
  const claim = await readPublicClaim(id, evidencePage);
  if (!claim) notFound();
  return claim;
});
