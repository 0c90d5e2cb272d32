import "server-only";
// A page of a published tracker's claims, optionally under one proof point: what "all N
// claims" on the scorecard links to. Two statements (the tracker with the point, then the
// page with its total), whatever the number of claims.
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { claimDates } from "@/lib/server/read/serialize";
import { publicTrackerWhere } from "@/lib/server/read/visibility";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export const CLAIMS_PAGE_SIZE = 50;

export type TrackerClaimsPage = {
  tracker: { id: string; slug: string; title: string; isDemo: boolean };
  proofPoint: { key: string; title: string } | null;
  claims: {
    id: string;
    statement: string;
    claimant: string;
    status: ClaimStatus;
    proofPointTitle: string;
    claimedAt: string;
    resolveBy: string | null;
    overdue: boolean;
    dueSoon: boolean;
    evidenceCount: number;
  }[];
  page: number;
  pageCount: number;
  total: number;
};

/** null when the tracker is not public or it has no proof point `pointKey`. */
export async function listTrackerClaims(options: { slug: string; pointKey?: string; page: number; now?: Date }): Promise<TrackerClaimsPage | null> {
  const now = options.now ?? new Date();
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug: options.slug },
    select: { id: true, slug: true, title: true, isDemo: true, proofPoints: { where: { key: options.pointKey ?? "" }, select: { id: true, key: true, title: true } } },
  });
  if (!tracker) return null;
  const point = options.pointKey === undefined ? null : (tracker.proofPoints[0] ?? undefined);
  if (point === undefined) return null;
  const where = point ? { proofPointId: point.id } : { proofPoint: { trackerId: tracker.id } };
  const [total, rows] = await getDb().$transaction([
    getDb().claim.count({ where }),
    getDb().claim.findMany({
      where,
      orderBy: [{ claimedAt: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (options.page - 1) * CLAIMS_PAGE_SIZE,
      take: CLAIMS_PAGE_SIZE,
      select: {
        ...claimRecordSelect,
        proofPoint: { select: { title: true } },
        evidenceTally: { select: { live: true } },
      },
    }),
  ]);
  return {
    tracker: { id: tracker.id, slug: tracker.slug, title: tracker.title, isDemo: tracker.isDemo },
    proofPoint: point ? { key: point.key, title: point.title } : null,
    claims: rows.map((claim) => ({
      id: claim.id,
      statement: claim.statement,
      claimant: claim.claimant,
      status: claim.status,
      proofPointTitle: claim.proofPoint.title,
      ...claimDates(claim, now),
      evidenceCount: claim.evidenceTally?.live ?? 0,
    })),
    page: options.page,
    pageCount: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)),
    total,
  };
}
