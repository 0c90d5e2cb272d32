import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { criteriaChangedSummary } from "@/lib/domain/checklist-history";
import { sameCriteria } from "@/lib/domain/criteria";
import { AppError } from "@/lib/errors/app-error";
import { ZSetProofPointCriteriaInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { recordBoxStates } from "@/lib/server/box-states/record-box-states";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { annulForecastsOnCriteriaChange } from "@/lib/server/forecasts/annul-forecasts-on-criteria-change";
import { recordChecklistChange } from "./checklist-change";
import { appendCriteriaVersion, currentCriteria } from "./criteria-version";
import { assertNotArchived, lockProofPoint } from "./tracker-lock";

/**
 * Saves new resolution criteria for a proof point as its next version; earlier versions
 * stay readable, with a diff, on the public proof-point page. Claim statuses and the
 * box's state are left alone: the change goes into the tracker's public history, and
 * every claim that ticks the box under an older version is flagged "needs re-review",
 * so the box shows "ticked under criteria vN; re-review pending" until a reviewer
 * judges it against the new version.
 */
export async function setProofPointCriteria(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const user = requirePermission(actor, "tracker:manage");
  const { proofPointId, ...criteria } = parseInput(ZSetProofPointCriteriaInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const { tracker, proofPoint } = await lockProofPoint(tx, proofPointId);
    touch.tracker(tracker.id);
    assertNotArchived(tracker);
    const current = await currentCriteria(tx, proofPointId);
    // A version that reads the same as the last would add noise to the public history.
    if (current && sameCriteria(current, criteria)) {
      const message = `Nothing changed: these criteria read the same as version ${current.version}. Edit the criteria or threshold to save a new version.`;
      throw new AppError("INVALID_INPUT", message, { fieldErrors: { input: [message] } });
    }
    const version = await appendCriteriaVersion(tx, user, proofPointId, criteria, at);
    const ticking = await tx.claim.findMany({
      where: { proofPointId, status: "supported", meetsCriteria: true },
      select: { id: true, criteriaVersion: true },
      orderBy: { id: "asc" },
    });
    for (const claim of ticking) {
      const reason = RE_REVIEW_REASONS.criteriaChanged(claim.criteriaVersion, version.version);
      await flagClaimsForReReview(tx, user, [claim.id], reason, at);
    }
    // A new bar moves no box by itself today (approvals keep their judgement until
    // re-reviewed), but if a future rule makes it so, the series records it.
    await recordBoxStates(tx, [proofPointId], { at, cause: "criteria_changed" });
    await recordChecklistChange(tx, {
      trackerId: tracker.id,
      kind: "criteria_changed",
      summary: criteriaChangedSummary(proofPoint.title, version.version),
      actor,
      at,
      proofPointId,
      criteriaId: version.id,
    });
    // A material change annuls the forecast questions asked under the old bar.
    await annulForecastsOnCriteriaChange(tx, { proofPointId, newVersion: version, at });
    await recordAuditEvent(tx, {
      actor,
      action: "proof-point.set-criteria",
      entityType: "ProofPoint",
      entityId: proofPointId,
      before: current ?? undefined,
      after: version,
    });
    await recordDomainEvent(tx, {
      kind: "criteria.changed",
      actor: user,
      subjectType: "ProofPoint",
      subjectId: proofPointId,
      proofPointId,
      occurredAt: at,
      data: { criteria: { version: version.version, previousVersion: current?.version ?? null }, flaggedClaims: ticking.length },
    });
    return version;
  });
}
