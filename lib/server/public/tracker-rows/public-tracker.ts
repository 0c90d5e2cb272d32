import "server-only";
import { getDb } from "@/lib/db/client";
import { countClaimRows } from "./claim-rows";
import { toTimestamp } from "@/lib/server/read/serialize";
import { activeProofPointWhere, publicTrackerWhere } from "@/lib/server/read/visibility";
import { trackerHeaderSelect } from "@/lib/server/read/tracker-header";

export type PublicTrackerHeader = {
  id: string;
  slug: string;
  title: string;
  question: string;
  description: string;
  isDemo: boolean;
  publishedAt: string | null;
  /** The active checklist, in order: the points the claims list and the exports cover. */
  proofPoints: { id: string; key: string; title: string; question: string; position: number }[];
  /** Claims under the active proof points. */
  claimCount: number;
};

/** A public tracker, its active proof points and how many claims they hold (two statements); null when not public. */
export async function findPublicTracker(slug: string): Promise<PublicTrackerHeader | null> {
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug },
    select: {
      ...trackerHeaderSelect,
      proofPoints: {
        where: activeProofPointWhere(),
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { id: true, key: true, title: true, question: true, position: true },
      },
    },
  });
  if (!tracker) return null;
  const claimCount = await countClaimRows(tracker.id);
  return { ...tracker, publishedAt: tracker.publishedAt ? toTimestamp(tracker.publishedAt) : null, claimCount };
}
