import "server-only";
import { getDb } from "@/lib/db/client";
import { type ClaimStatus, type EvidenceBalance, type Stance } from "@/lib/domain";
import { balanceOf, groupByStance, publicEvidenceSelect, toPublicEvidence, type PublicEvidence, evidenceDisplayOrder } from "./public-evidence";
import { statusHistorySelect, toStatusHistoryEntry, type StatusHistoryEntry, statusHistoryOrder } from "./public-status-history";
import { claimDates, toTimestamp } from "./serialize";
import { publicClaimWhere, publicEvidenceWhere } from "./visibility";
import { toVerdictStanding, verdictStandingSelect, type VerdictStanding } from "./verdict-standing";

export type PublicClaim = {
  id: string;
  statement: string;
  claimant: string;
  subject: string;
  status: ClaimStatus;
  claimedAt: string;
  resolveBy: string | null;
  overdue: boolean;
  dueSoon: boolean;
  updatedAt: string;
  /** When the claim was first recorded here (ISO timestamp). */
  createdAt: string;
  proofPoint: { key: string; title: string; question: string };
  tracker: { id: string; slug: string; title: string; isDemo: boolean };
  evidenceByStance: Record<Stance, PublicEvidence[]>;
  evidenceCount: number;
  balance: EvidenceBalance;
  /** Approved status changes, oldest first. */
  history: StatusHistoryEntry[];
  standing: VerdictStanding;
  /** The proof point's current criteria version (null: it has none). */
  currentCriteriaVersion: number | null;
};

/** One claim of a published tracker with its evidence, balance and history; null when not public. */
export async function getPublicClaim(options: { id: string; now?: Date }): Promise<PublicClaim | null> {
  const now = options.now ?? new Date();
  const claim = await getDb().claim.findFirst({
    where: { ...publicClaimWhere(), id: options.id },
    select: {
      id: true,
      statement: true,
      claimant: true,
      subject: true,
      status: true,
      claimedAt: true,
      resolveBy: true,
      updatedAt: true,
      createdAt: true,
      ...verdictStandingSelect,
      proofPoint: {
        select: {
          key: true,
          title: true,
          question: true,
          criteria: { orderBy: { version: "desc" }, take: 1, select: { version: true } },
          tracker: { select: { id: true, slug: true, title: true, isDemo: true } },
        },
      },
      evidence: {
        where: publicEvidenceWhere(),
        orderBy: evidenceDisplayOrder,
        select: publicEvidenceSelect,
      },
      statusChanges: { orderBy: statusHistoryOrder, select: statusHistorySelect },
    },
  });
  if (!claim) return null;

  const evidence = await withAlsoCitedOn(claim.id, claim.evidence.map(toPublicEvidence));
  const { tracker, criteria, ...proofPoint } = claim.proofPoint;
  return {
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    subject: claim.subject,
    status: claim.status,
    ...claimDates(claim, now),
    updatedAt: toTimestamp(claim.updatedAt),
    createdAt: toTimestamp(claim.createdAt),
    proofPoint,
    tracker,
    evidenceByStance: groupByStance(evidence),
    evidenceCount: evidence.length,
    balance: balanceOf(evidence),
    history: claim.statusChanges.map(toStatusHistoryEntry),
    standing: toVerdictStanding(claim),
    currentCriteriaVersion: criteria[0]?.version ?? null,
  };
}

// One article, one item per claim; the same article on other public claims is shown, not refused.
async function withAlsoCitedOn(claimId: string, evidence: PublicEvidence[]): Promise<PublicEvidence[]> {
  const urls = [...new Set(evidence.map((item) => item.canonicalUrl).filter((url) => url !== ""))];
  if (urls.length === 0) return evidence;
  const elsewhere = await getDb().evidence.findMany({
    where: { AND: [publicEvidenceWhere(), { canonicalUrl: { in: urls }, claimId: { not: claimId }, claim: publicClaimWhere() }] },
    select: { canonicalUrl: true, claimId: true },
  });
  const claimsByUrl = new Map<string, Set<string>>();
  for (const row of elsewhere) claimsByUrl.set(row.canonicalUrl, (claimsByUrl.get(row.canonicalUrl) ?? new Set()).add(row.claimId));
  return evidence.map((item) => ({ ...item, alsoCitedOn: claimsByUrl.get(item.canonicalUrl)?.size ?? 0 }));
}
