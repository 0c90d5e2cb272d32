import "server-only";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { publicEvidenceSelect, toPublicEvidence, type PublicEvidence, evidenceDisplayOrder } from "@/lib/server/read/evidence";
import { statusHistorySelect, toStatusHistoryEntry, type StatusHistoryEntry, statusHistoryOrder } from "@/lib/server/read/status-history";
import { claimDates, toTimestamp } from "@/lib/server/read/serialize";
import { toVerdictStanding, type VerdictStanding } from "@/lib/server/read/verdict-standing";
import { activeProofPointWhere, publicEvidenceWhere, publicTrackerWhere } from "@/lib/server/read/visibility";

export type DatasetClaim = {
  id: string;
  proofPointKey: string;
  proofPointTitle: string;
  statement: string;
  claimant: string;
  subject: string;
  status: ClaimStatus;
  claimedAt: string;
  resolveBy: string | null;
  overdue: boolean;
  dueSoon: boolean;
  createdAt: string;
  updatedAt: string;
  evidence: PublicEvidence[];
  /** Approved status changes, oldest first. */
  history: StatusHistoryEntry[];
  standing: VerdictStanding;
};

export type TrackerDataset = {
  tracker: {
    id: string;
    slug: string;
    title: string;
    question: string;
    description: string;
    isDemo: boolean;
    publishedAt: string | null;
  };
  proofPoints: { key: string; title: string; question: string; position: number }[];
  /** In checklist order, then by date claimed. */
  claims: DatasetClaim[];
  asOf: string;
};

/**
 * Everything public about one tracker in one query: what the claims API pages through and
 * what the CSV and JSON exports write. Null when the tracker is not public.
 */
export async function getTrackerDataset(options: { slug: string; now?: Date }): Promise<TrackerDataset | null> {
  const now = options.now ?? new Date();
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug: options.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      question: true,
      description: true,
      isDemo: true,
      publishedAt: true,
      proofPoints: {
        where: activeProofPointWhere(),
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          key: true,
          title: true,
          question: true,
          position: true,
          claims: {
            orderBy: [{ claimedAt: "asc" }, { createdAt: "asc" }],
            include: {
              evidence: {
                where: publicEvidenceWhere(),
                orderBy: evidenceDisplayOrder,
                select: publicEvidenceSelect,
              },
              statusChanges: { orderBy: statusHistoryOrder, select: statusHistorySelect },
            },
          },
        },
      },
    },
  });
  if (!tracker) return null;

  const { proofPoints, publishedAt, ...fields } = tracker;
  return {
    tracker: { ...fields, publishedAt: publishedAt ? toTimestamp(publishedAt) : null },
    proofPoints: proofPoints.map(({ key, title, question, position }) => ({ key, title, question, position })),
    claims: proofPoints.flatMap((point) =>
      point.claims.map((claim) => ({
        id: claim.id,
        proofPointKey: point.key,
        proofPointTitle: point.title,
        statement: claim.statement,
        claimant: claim.claimant,
        subject: claim.subject,
        status: claim.status,
        ...claimDates(claim, now),
        createdAt: toTimestamp(claim.createdAt),
        updatedAt: toTimestamp(claim.updatedAt),
        evidence: claim.evidence.map(toPublicEvidence),
        history: claim.statusChanges.map(toStatusHistoryEntry),
        standing: toVerdictStanding(claim),
      })),
    ),
    asOf: toTimestamp(now),
  };
}
