import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { ZProposeSourceGradeInput } from "@/lib/validation/source";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { databaseNow } from "@/lib/server/database-clock";
import { claimsRestingOnSource, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockSource } from "./lock-source";

/**
 * Grades a source on the Admiralty reliability scale, with four eyes. The analyst who
 * logged a new, never graded source may set its first grade at once: it applies, shown
 * "provisional" until a reviewer confirms it (confirm-source-grade.ts). Every other
 * change is a proposal that applies only when another reviewer approves it.
 */
export async function proposeSourceGrade(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const proposer = requirePermission(actor, "source:edit");
  const data = parseInput(ZProposeSourceGradeInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockSource(tx, data.sourceId);
    const graded = before.ratedAt !== null || (await tx.sourceRating.count({ where: { sourceId: before.id } })) > 0;
    if (!graded && before.createdById === proposer.id) {
      const at = context.now ?? (await databaseNow(tx));
      const rating = await tx.sourceRating.create({
        data: { sourceId: before.id, reliability: data.reliability, rationale: data.rationale, ratedById: proposer.id, kind: "provisional", createdAt: at },
      });
      // Readers see the grade on the source page and in every balance that weighs it.
      touch.source(before.id);
      const source = await tx.source.update({
        where: { id: before.id },
        data: { reliability: data.reliability, ratingRationale: data.rationale, ratedById: proposer.id, ratedAt: at, gradeProvisional: true },
      });
      await recordAuditEvent(tx, {
        actor: proposer,
        action: "source.grade-provisional",
        entityType: "Source",
        entityId: source.id,
        before: { reliability: before.reliability },
        after: { reliability: source.reliability, rationale: data.rationale, ratingId: rating.id, provisional: true },
      });
      const reason = RE_REVIEW_REASONS.sourceRegraded(source.domain, before.reliability, source.reliability);
      const flaggedClaimIds =
        before.reliability === source.reliability ? [] : await flagClaimsForReReview(tx, proposer, await claimsRestingOnSource(tx, source.id), reason, at);
      return { kind: "provisional" as const, source, rating, flaggedClaimIds };
    }
    if (data.reliability === before.reliability) {
      throw invalidField("reliability", `is already this source's grade (${before.reliability}); choose another grade to propose a change`);
    }
    const pending = await tx.sourceGradeProposal.findFirst({ where: { sourceId: before.id, state: "pending" }, select: { id: true } });
    if (pending) {
      throw new AppError("CONFLICT", "A grade change for this source is already awaiting review; nothing was saved.", {
        details: { pendingProposalId: pending.id },
      });
    }
    const proposal = await tx.sourceGradeProposal.create({
      data: {
        sourceId: before.id,
        fromReliability: before.reliability,
        toReliability: data.reliability,
        rationale: data.rationale,
        proposedById: proposer.id,
        createdAt: context.now,
      },
    });
    await recordAuditEvent(tx, {
      actor: proposer,
      action: "source-grade.propose",
      entityType: "SourceGradeProposal",
      entityId: proposal.id,
      after: proposal,
    });
    return { kind: "proposed" as const, source: before, proposal };
  });
}
