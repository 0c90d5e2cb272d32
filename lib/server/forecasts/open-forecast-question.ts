import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { boxStatusOf, proofPointState } from "@/lib/domain/scorecard";
import { endOfDayUtc, questionTitle } from "@/lib/domain/forecasts/questions";
import { AppError } from "@/lib/errors/app-error";
import { ZOpenForecastQuestionInput } from "@/lib/validation/forecast";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { currentCriteria } from "@/lib/server/trackers/criteria-version";
import { assertNotArchived, lockProofPoint } from "@/lib/server/trackers/tracker-lock";

const invalid = (field: string, message: string) => new AppError("INVALID_INPUT", `${field}: ${message}`, { fieldErrors: { [field]: [message] } });

/**
 * Opens "Will this box be ticked by <resolvesBy> under criteria v<N>?" on an active proof
 * point, naming its current criteria version. Reviewers and admins open questions; the
 * verdict and the calendar resolve them (resolve-forecasts-on-approval.ts,
 * resolve-due-forecast-questions.ts), never a person.
 */
export async function openForecastQuestion(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "forecast:open");
  const data = parseInput(ZOpenForecastQuestionInput, input);
  const now = context.now ?? new Date();
  if (endOfDayUtc(data.closesOn).getTime() < now.getTime()) throw invalid("closesOn", "must be today or later");
  return inTransaction(async (tx, touch) => {
    const { tracker, proofPoint } = await lockProofPoint(tx, data.proofPointId);
    assertNotArchived(tracker);
    if (proofPoint.retiredAt) throw invalid("proofPointId", "is retired: open questions on active proof points only");
    const criteria = await currentCriteria(tx, proofPoint.id);
    if (!criteria) throw invalid("proofPointId", "has no resolution criteria yet: set them before asking when the box will tick");
    const claims = await tx.claim.findMany({ where: { proofPointId: proofPoint.id }, select: { status: true, meetsCriteria: true } });
    if (proofPointState(claims.map(boxStatusOf)) === "ticked") {
      throw invalid("proofPointId", "is already ticked: there is nothing left to forecast");
    }
    const duplicate = await tx.forecastQuestion.findFirst({
      where: { proofPointId: proofPoint.id, resolution: null, resolvesBy: data.resolvesBy },
      select: { id: true },
    });
    if (duplicate) throw invalid("resolvesBy", "already has an open question on this proof point: forecast on that one");

    const question = await tx.forecastQuestion.create({
      data: {
        proofPointId: proofPoint.id,
        criteriaId: criteria.id,
        closesOn: data.closesOn,
        resolvesBy: data.resolvesBy,
        createdById: acting.id,
        createdAt: now,
      },
    });
    const title = questionTitle({ proofPointTitle: proofPoint.title, resolvesBy: data.resolvesBy, criteriaVersion: criteria.version });
    await recordAuditEvent(tx, {
      actor,
      action: "forecast-question.open",
      entityType: "ForecastQuestion",
      entityId: question.id,
      after: { ...question, title, criteriaVersion: criteria.version },
    });
    touch.tracker(tracker.id);
    return { question, title, trackerId: tracker.id, trackerSlug: tracker.slug };
  });
}
