// The workspace inbox of one signed-in person: proposals waiting for their review, their own
// proposals decided since they last looked, claims flagged for re-review and evidence whose
// link went gone or whose quote was not found. Each section is read only for the roles that
// act on it, in a fixed number of statements however much there is.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { decidedSince, INBOX_SECTION_LIMIT, isOverdue } from "@/lib/domain/notifications/inbox-rules";
import { toTimestamp } from "@/lib/server/read/serialize";

export type InboxSection<Item> = { total: number; items: Item[] } | null;

export type WaitingReview = {
  proposalId: string;
  claimId: string;
  statement: string;
  trackerTitle: string;
  toStatus: ClaimStatus;
  proposedBy: string;
  since: string;
  overdue: boolean;
};

export type DecidedProposal = {
  proposalId: string;
  claimId: string;
  statement: string;
  toStatus: ClaimStatus;
  decision: "approved" | "rejected";
  decidedBy: string | null;
  decidedAt: string;
  note: string | null;
};

export type FlaggedClaim = { claimId: string; statement: string; trackerTitle: string; reason: string; since: string; confirmationPending: boolean };

export type SuggestionToTriage = { submissionId: string; kind: "evidence" | "dispute" | "claim"; about: string; trackerTitle: string; since: string };

export type EvidenceProblem = { evidenceId: string; claimId: string; title: string; statement: string; linkGone: boolean; quoteNotFound: boolean };

export type Inbox = {
  now: string;
  seenAt: string | null;
  waiting: InboxSection<WaitingReview>;
  decided: InboxSection<DecidedProposal>;
  flagged: InboxSection<FlaggedClaim>;
  evidence: InboxSection<EvidenceProblem>;
  suggestions: InboxSection<SuggestionToTriage>;
};

type EvidenceRow = { id: string; claimId: string; title: string; statement: string; linkGone: boolean; quoteNotFound: boolean; total: bigint };

export async function getInbox(actor: Actor | null, now: Date = new Date()): Promise<Inbox> {
  const self = requireSignedIn(actor);
  const can = (permission: Parameters<typeof hasPermission>[1]) => hasPermission(self.roles, permission);
  const db = getDb();
  const settings = await db.notificationSettings.findUnique({ where: { userId: self.id }, select: { inboxSeenAt: true } });
  const since = decidedSince(settings?.inboxSeenAt ?? null, now);

  const waitingWhere: Prisma.StatusProposalWhereInput = { state: "pending", proposedById: { not: self.id } };
  const decidedWhere: Prisma.StatusProposalWhereInput = { proposedById: self.id, state: { in: ["approved", "rejected"] }, decidedAt: { gt: since } };
  const flaggedWhere: Prisma.ClaimWhereInput = { reReviewSince: { not: null } };

  const [waiting, waitingTotal, decided, decidedTotal, flagged, flaggedTotal, evidence, suggestions, suggestionsTotal] = await Promise.all([
    can("proposal:review")
      ? db.statusProposal.findMany({
          where: waitingWhere,
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: INBOX_SECTION_LIMIT,
          select: { id: true, toStatus: true, createdAt: true, proposedBy: { select: { name: true } }, claim: { select: { id: true, statement: true, proofPoint: { select: { tracker: { select: { title: true } } } } } } },
        })
      : null,
    can("proposal:review") ? db.statusProposal.count({ where: waitingWhere }) : 0,
    can("proposal:create")
      ? db.statusProposal.findMany({
          where: decidedWhere,
          orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
          take: INBOX_SECTION_LIMIT,
          select: { id: true, toStatus: true, state: true, decidedAt: true, decisionNote: true, decidedBy: { select: { name: true } }, claim: { select: { id: true, statement: true } } },
        })
      : null,
    can("proposal:create") ? db.statusProposal.count({ where: decidedWhere }) : 0,
    can("workspace:read")
      ? db.claim.findMany({
          where: flaggedWhere,
          orderBy: [{ reReviewSince: "asc" }, { id: "asc" }],
          take: INBOX_SECTION_LIMIT,
          select: {
            id: true,
            statement: true,
            reReviewReason: true,
            reReviewSince: true,
            proofPoint: { select: { tracker: { select: { title: true } } } },
            _count: { select: { proposals: { where: { state: "pending" } } } },
          },
        })
      : null,
    can("workspace:read") ? db.claim.count({ where: flaggedWhere }) : 0,
    can("workspace:read")
      ? // The latest successful capture says whether the quote is still on the page.
        db.$queryRaw<EvidenceRow[]>`
          SELECT e.id, e."claimId", e.title, c.statement,
                 e."linkHealth" = 'gone' AS "linkGone",
                 COALESCE(cap."quoteCheck" = 'not_found', false) AS "quoteNotFound",
                 COUNT(*) OVER () AS total
          FROM evidence e
          JOIN claims c ON c.id = e."claimId"
          LEFT JOIN LATERAL (
            SELECT "quoteCheck" FROM evidence_captures
            WHERE "evidenceId" = e.id AND outcome = 'captured'
            ORDER BY "capturedAt" DESC LIMIT 1
          ) cap ON true
          WHERE e."deletedAt" IS NULL AND (e."linkHealth" = 'gone' OR cap."quoteCheck" = 'not_found')
          ORDER BY e."updatedAt" DESC, e.id
          LIMIT ${INBOX_SECTION_LIMIT}`
      : null,
    // Readers' suggestions and reports not yet triaged, oldest first.
    can("submission:triage")
      ? db.readerSubmission.findMany({
          where: { state: "new" },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: INBOX_SECTION_LIMIT,
          select: { id: true, kind: true, text: true, createdAt: true, claim: { select: { statement: true } }, tracker: { select: { title: true } } },
        })
      : null,
    can("submission:triage") ? db.readerSubmission.count({ where: { state: "new" } }) : 0,
  ]);

  return {
    now: toTimestamp(now),
    seenAt: settings?.inboxSeenAt ? toTimestamp(settings.inboxSeenAt) : null,
    waiting: waiting && {
      total: waitingTotal,
      items: waiting.map((row) => ({
        proposalId: row.id,
        claimId: row.claim.id,
        statement: row.claim.statement,
        trackerTitle: row.claim.proofPoint.tracker.title,
        toStatus: row.toStatus,
        proposedBy: row.proposedBy.name,
        since: toTimestamp(row.createdAt),
        overdue: isOverdue(row.createdAt, now),
      })),
    },
    decided: decided && {
      total: decidedTotal,
      items: decided.map((row) => ({
        proposalId: row.id,
        claimId: row.claim.id,
        statement: row.claim.statement,
        toStatus: row.toStatus,
        decision: row.state === "approved" ? "approved" : "rejected",
        decidedBy: row.decidedBy?.name ?? null,
        decidedAt: toTimestamp(row.decidedAt!),
        note: row.decisionNote,
      })),
    },
    flagged: flagged && {
      total: flaggedTotal,
      items: flagged.map((row) => ({
        claimId: row.id,
        statement: row.statement,
        trackerTitle: row.proofPoint.tracker.title,
        reason: row.reReviewReason ?? "",
        since: toTimestamp(row.reReviewSince!),
        confirmationPending: row._count.proposals > 0,
      })),
    },
    suggestions: suggestions && {
      total: suggestionsTotal,
      items: suggestions.map((row) => ({
        submissionId: row.id,
        kind: row.kind,
        // A claim suggestion is about the statement it proposes; the others about their claim.
        about: row.claim?.statement ?? row.text,
        trackerTitle: row.tracker.title,
        since: toTimestamp(row.createdAt),
      })),
    },
    evidence: evidence && {
      total: Number(evidence[0]?.total ?? 0),
      items: evidence.map((row) => ({ evidenceId: row.id, claimId: row.claimId, title: row.title, statement: row.statement, linkGone: row.linkGone, quoteNotFound: row.quoteNotFound })),
    },
  };
}
