import "server-only";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getPublicProofPoint } from "@/lib/server/public/get-public-proof-point";
import { redirectFormerSlug } from "../../redirect-former-slug";

// Shared by the page and its metadata (one query per request); dynamic, so builds need no database.
export const getProofPointOrNotFound = cache(async (slug: string, key: string) => {
  await connection();
  const proofPoint = await getPublicProofPoint({ slug, key });
  if (!proofPoint) {
    await redirectFormerSlug(slug, `/points/${encodeURIComponent(key)}`);
    notFound();
  }
  return proofPoint;
});
