// The one rule for "may a reader see this claim?" (docs/architecture.md, "Visibility"):
// its tracker is published and not archived; a retired proof point keeps its claims public.
// Every place that answers the question (the public query filter, the predicate on a loaded
// row, the public claim page's query, the workspace claim view and the review queue) must
// give the same answer for every combination.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { isPublicClaim, publicClaimWhere } from "@/lib/server/read/visibility";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { makeClaim, makeProposal, makeTracker, makeUser, type TestUser } from "../support/builders";

let analyst: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  reviewer = await makeUser({ roles: ["reviewer"] });
});

const CASES = [
  { published: true, archived: false, retired: false, isPublic: true },
  { published: true, archived: false, retired: true, isPublic: true },
  { published: true, archived: true, retired: false, isPublic: false },
  { published: true, archived: true, retired: true, isPublic: false },
  { published: false, archived: false, retired: false, isPublic: false },
  { published: false, archived: false, retired: true, isPublic: false },
] as const;

async function claimIn(options: { published: boolean; archived: boolean; retired: boolean }) {
  const tracker = await makeTracker({ published: options.published, proofPoints: 1 });
  const proofPoint = tracker.proofPoints[0]!;
  const claim = await makeClaim({ proofPointId: proofPoint.id, creator: analyst });
  await makeProposal({ claimId: claim.id, proposer: analyst });
  // Retired and archived after filing: neither takes new claims.
  const db = getDb();
  if (options.retired) await db.proofPoint.update({ where: { id: proofPoint.id }, data: { retiredAt: new Date() } });
  if (options.archived) await db.tracker.update({ where: { id: tracker.id }, data: { archivedAt: new Date() } });
  return { tracker, claim };
}

describe("claim visibility", () => {
  it.each(CASES)(
    "published $published, archived $archived, proof point retired $retired: public is $isPublic everywhere",
    async ({ isPublic, ...options }) => {
      const { tracker, claim } = await claimIn(options);
      const db = getDb();

      expect(await db.claim.count({ where: { ...publicClaimWhere(), id: claim.id } })).toBe(isPublic ? 1 : 0);
      const row = await db.claim.findUniqueOrThrow({
        where: { id: claim.id },
        select: { proofPoint: { select: { tracker: { select: { published: true, archivedAt: true } } } } },
      });
      expect(isPublicClaim(row)).toBe(isPublic);
      expect((await getPublicClaim({ id: claim.id }))?.id ?? null).toBe(isPublic ? claim.id : null);
      expect((await getWorkspaceClaim(analyst, claim.id))?.isPublic).toBe(isPublic);
      const queue = await listReviewQueue(reviewer, { trackerSlug: tracker.slug });
      expect(queue.map((item) => [item.claim.id, item.claim.isPublic])).toEqual([[claim.id, isPublic]]);
    },
  );
});
