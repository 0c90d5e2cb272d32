import "server-only";
import { getDb } from "@/lib/db/client";
import { type EvidenceBalance, type Stance } from "@/lib/domain";
import { balanceOfRows, groupByStance, publicEvidenceSelect, toPublicEvidence, type PublicEvidence, evidenceDisplayOrder } from "@/lib/server/read/evidence";
import { statusHistorySelect, toStatusHistoryEntry, type StatusHistoryEntry, statusHistoryOrder } from "@/lib/server/read/status-history";
import { claimSummary, toTimestamp, type ClaimSummary } from "@/lib/server/read/serialize";
import { publicClaimWhere, publicEvidenceWhere } from "@/lib/server/read/visibility";
import { toVerdictStanding, verdictStandingSelect, type VerdictStanding } from "@/lib/server/read/verdict-standing";
import { loadProvenance, originKeysFor, withDerivations } from "@/lib/server/read/provenance";
import { originCountsOf, originCountsSelect, type OriginCounts } from "@/lib/server/read/origin-counts";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export type PublicClaim = ClaimSummary & {
  updatedAt: string;
  /** When the claim was first recorded here (ISO timestamp). */
  createdAt: string;
  proofPoint: { key: string; title: string; question: string };
  tracker: { id: string; slug: string; title: string; isDemo: boolean };
  /** This page of the evidence (EVIDENCE_PAGE_SIZE items in display order), by stance. */
  evidenceByStance: Record<Stance, PublicEvidence[]>;
  /** Every live evidence item of the claim. */
  evidenceCount: number;
  /** Per stance: live items and the independent origins they come from. */
  originCounts: OriginCounts;
  evidencePage: number;
  evidencePageCount: number;
  /** Over every live item; `contributions` holds the BALANCE_CONTRIBUTIONS_SHOWN largest. */
  balance: EvidenceBalance;
  balanceContributionCount: number;
  /** Approved status changes, oldest first. */
  history: StatusHistoryEntry[];
  standing: VerdictStanding;
  /** The proof point's current criteria version (null: it has none). */
  currentCriteriaVersion: number | null;
};

/** Evidence items per page of a claim; the page links to the next ones. */
export const EVIDENCE_PAGE_SIZE = 50;
/** "Why" lines shown under the balance (largest weights first); the rest are summed up. */
export const BALANCE_CONTRIBUTIONS_SHOWN = 25;

/**
 * One claim of a published tracker with a page of its evidence, the balance over all of it
 * and its history; null when not public (or past its last evidence page). Two statements:
 * the claim with the page, then the narrow rows the balance weighs.
 */
export async function getPublicClaim(options: { id: string; evidencePage?: number; now?: Date }): Promise<PublicClaim | null> {
  const now = options.now ?? new Date();
  const evidencePage = options.evidencePage ?? 1;
  const claim = await getDb().claim.findFirst({
    where: { ...publicClaimWhere(), id: options.id },
    select: {
      ...claimRecordSelect,
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
        skip: (evidencePage - 1) * EVIDENCE_PAGE_SIZE,
        take: EVIDENCE_PAGE_SIZE,
        select: publicEvidenceSelect,
      },
      statusChanges: { orderBy: statusHistoryOrder, select: statusHistorySelect },
      ...originCountsSelect,
    },
  });
  if (!claim) return null;

  const weighed = await getDb().evidence.findMany({
    where: { ...publicEvidenceWhere(), claimId: claim.id },
    select: { id: true, stance: true, credibility: true, source: { select: { id: true, name: true, reliability: true } } },
  });
  const evidencePageCount = Math.max(1, Math.ceil(weighed.length / EVIDENCE_PAGE_SIZE));
  if (evidencePage > evidencePageCount) return null;
  const provenance = (await loadProvenance(getDb(), [claim.id])).get(claim.id);
  const keys = originKeysFor(
    weighed.map((row) => row.id),
    provenance,
  );
  const evidence = withDerivations(await withAlsoCitedOn(claim.id, claim.evidence.map(toPublicEvidence)), provenance, keys.grouping);
  const balance = balanceOfRows(weighed, keys.balance);
  const { tracker, criteria, ...proofPoint } = claim.proofPoint;
  return {
    ...claimSummary(claim, now),
    updatedAt: toTimestamp(claim.updatedAt),
    createdAt: toTimestamp(claim.createdAt),
    proofPoint,
    tracker,
    evidenceByStance: groupByStance(evidence),
    evidenceCount: weighed.length,
    originCounts: originCountsOf(claim.evidenceTally),
    evidencePage,
    evidencePageCount,
    balance: { ...balance, contributions: balance.contributions.slice(0, BALANCE_CONTRIBUTIONS_SHOWN) },
    balanceContributionCount: balance.contributions.length,
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
