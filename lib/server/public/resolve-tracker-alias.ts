import "server-only";
import { getDb } from "@/lib/db/client";
import { publicSlugAliasWhere } from "@/lib/server/read/visibility";

/** The current slug of the public tracker that once lived at `slug`, or null. */
export async function resolveTrackerAlias(slug: string): Promise<string | null> {
  const alias = await getDb().trackerSlugAlias.findFirst({
    where: { ...publicSlugAliasWhere(), slug },
    select: { tracker: { select: { slug: true } } },
  });
  return alias?.tracker.slug ?? null;
}
