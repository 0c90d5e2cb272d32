import "server-only";
// The public corrections log: every accepted reader report of an error with the reviewed
// change it led to (what the record said, what it says now, when, who reviewed), every
// approved change that reversed an earlier verdict, and the reports we declined, with
// the reason we gave. For one tracker, or the whole site (docs/decisions/0047-corrections-log.md).
import { getDb } from "@/lib/db/client";
import { DEFAULT_CORRECTIONS_POLICY, isReversal } from "@/lib/domain/corrections";
import type { ClaimStatus } from "@/lib/domain";
import { isStorableText } from "@/lib/validation/common";
import { toTimestamp } from "@/lib/server/read/serialize";
import { publicClaimWhere, publicTrackerWhere } from "@/lib/server/read/visibility";

/** The log shows the newest entries of each kind; a claim's page lists all of its own. */
export const CORRECTIONS_LIMIT = 100;

type ClaimRef = { id: string; statement: string; proofPointTitle: string; tracker: { id: string; slug: string; title: string; isDemo: boolean } };
type Review = { status: ClaimStatus; at: string; reviewedBy: string; proposedBy: string; rationale: string };

export type CorrectionEntry =
  | {
      kind: "dispute";
      id: string;
      claim: ClaimRef;
      report: string;
      reportedAt: string;
      acceptedAt: string;
      /** The approved status when the report was accepted. */
      said: ClaimStatus;
      /** The review that answered it; null while the claim waits for one. */
      review: Review | null;
      /** When the entry last changed: the review, else the acceptance. */
      at: string;
    }
  | { kind: "reversal"; id: string; claim: ClaimRef; said: ClaimStatus; review: Review; at: string };

export type DeclinedReport = { id: string; claim: ClaimRef; declinedAt: string; reason: string };

export type CorrectionsLog = {
  tracker: { id: string; slug: string; title: string; question: string; isDemo: boolean } | null;
  policy: { text: string; updatedAt: string | null };
  /** Newest first. */
  entries: CorrectionEntry[];
  declined: DeclinedReport[];
  asOf: string;
};

const CLAIM_SELECT = {
  id: true,
  statement: true,
  proofPoint: { select: { title: true, tracker: { select: { id: true, slug: true, title: true, isDemo: true } } } },
} as const;

type ClaimRow = { id: string; statement: string; proofPoint: { title: string; tracker: ClaimRef["tracker"] } };
const claimRef = (claim: ClaimRow): ClaimRef => ({ id: claim.id, statement: claim.statement, proofPointTitle: claim.proofPoint.title, tracker: claim.proofPoint.tracker });

const CHANGE_SELECT = {
  id: true,
  claimId: true,
  fromStatus: true,
  toStatus: true,
  rationale: true,
  createdAt: true,
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
} as const;

/**
 * The corrections of one tracker, or the site's without a slug; with a claim id, only that
 * claim's (its page). Null for an unknown or private tracker.
 */
export async function listCorrections(options: { slug?: string; claimId?: string; now?: Date } = {}): Promise<CorrectionsLog | null> {
  const db = getDb();
  let tracker: CorrectionsLog["tracker"] = null;
  if (options.slug !== undefined) {
    if (!isStorableText(options.slug)) return null;
    tracker = await db.tracker.findFirst({ where: { ...publicTrackerWhere(), slug: options.slug }, select: { id: true, slug: true, title: true, question: true, isDemo: true } });
    if (!tracker) return null;
  }
  const claimWhere = {
    AND: [publicClaimWhere(), tracker ? { proofPoint: { trackerId: tracker.id } } : {}, options.claimId !== undefined ? { id: options.claimId } : {}],
  };

  const [accepted, declined, reversals, policy] = await Promise.all([
    db.readerSubmission.findMany({
      where: { kind: "dispute", state: "accepted", claim: claimWhere },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: CORRECTIONS_LIMIT,
      select: { id: true, text: true, createdAt: true, decidedAt: true, statusAtDecision: true, claim: { select: CLAIM_SELECT } },
    }),
    db.readerSubmission.findMany({
      where: { kind: "dispute", state: "declined", claim: claimWhere },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: CORRECTIONS_LIMIT,
      select: { id: true, decidedAt: true, declineReason: true, claim: { select: CLAIM_SELECT } },
    }),
    // Confirmations (from = to) and first reviews (from unverified) are never reversals.
    db.statusChange.findMany({
      where: { claim: claimWhere, fromStatus: { not: "unverified" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CORRECTIONS_LIMIT * 2,
      select: { ...CHANGE_SELECT, claim: { select: CLAIM_SELECT } },
    }),
    db.correctionsPolicy.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { text: true, createdAt: true } }),
  ]);

  // The review that answered an accepted report: the claim's first approved change after it.
  const claimIds = [...new Set(accepted.map((row) => row.claim!.id))];
  const earliest = accepted.reduce<Date | null>((min, row) => (!min || row.decidedAt! < min ? row.decidedAt! : min), null);
  const answers = claimIds.length
    ? await db.statusChange.findMany({
        where: { claimId: { in: claimIds }, createdAt: { gte: earliest! } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: CHANGE_SELECT,
      })
    : [];
  type Change = (typeof answers)[number];
  const review = (change: Change): Review => ({
    status: change.toStatus,
    at: toTimestamp(change.createdAt),
    reviewedBy: change.approvedBy.name,
    proposedBy: change.proposedBy.name,
    rationale: change.rationale,
  });
  const answeringChangeIds = new Set<string>();
  const disputes: CorrectionEntry[] = accepted.map((row) => {
    const answer = answers.find((change) => change.claimId === row.claim!.id && change.createdAt >= row.decidedAt!);
    if (answer) answeringChangeIds.add(answer.id);
    return {
      kind: "dispute",
      id: row.id,
      claim: claimRef(row.claim!),
      report: row.text,
      reportedAt: toTimestamp(row.createdAt),
      acceptedAt: toTimestamp(row.decidedAt!),
      said: row.statusAtDecision!,
      review: answer ? review(answer) : null,
      at: toTimestamp(answer?.createdAt ?? row.decidedAt!),
    };
  });
  // A reversal that answered a report is listed once, with the report.
  const reversalEntries: CorrectionEntry[] = reversals
    .filter((change) => isReversal(change.fromStatus, change.toStatus) && !answeringChangeIds.has(change.id))
    .slice(0, CORRECTIONS_LIMIT)
    .map((change) => ({ kind: "reversal", id: change.id, claim: claimRef(change.claim), said: change.fromStatus, review: review(change), at: toTimestamp(change.createdAt) }));

  return {
    tracker,
    policy: policy ? { text: policy.text, updatedAt: toTimestamp(policy.createdAt) } : { text: DEFAULT_CORRECTIONS_POLICY, updatedAt: null },
    entries: [...disputes, ...reversalEntries].sort((a, b) => b.at.localeCompare(a.at)),
    declined: declined.map((row) => ({ id: row.id, claim: claimRef(row.claim!), declinedAt: toTimestamp(row.decidedAt!), reason: row.declineReason ?? "" })),
    asOf: toTimestamp(options.now ?? new Date()),
  };
}
