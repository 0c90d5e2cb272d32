import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { acceptsForecasts } from "@/lib/domain/forecasts/questions";
import { AppError } from "@/lib/errors/app-error";
import { ZSubmitForecastInput } from "@/lib/validation/forecast";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockQuestion } from "./lock-question";

/**
 * Records a forecaster's probability (whole percent, 1–99). An update is a new row, so
 * every earlier forecast stays in the record; the latest per forecaster counts. Refused
 * once the question has closed, resolved or been annulled.
 */
export async function submitForecast(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "forecast:submit");
  const data = parseInput(ZSubmitForecastInput, input);
  const now = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const question = await lockQuestion(tx, data.questionId);
    if (question.proofPoint.tracker.archivedAt) throw new AppError("CONFLICT", "This tracker is archived: its questions take no forecasts.");
    if (question.resolution) throw new AppError("CONFLICT", `This question is ${question.resolution === "annulled" ? "annulled" : "resolved"}: it takes no more forecasts.`);
    if (!acceptsForecasts(question, now)) throw new AppError("CONFLICT", "This question has closed: it takes no more forecasts.");
    const previous = await tx.forecast.findFirst({
      where: { questionId: question.id, userId: acting.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { probability: true },
    });
    const forecast = await tx.forecast.create({
      data: { questionId: question.id, userId: acting.id, probability: data.probability, rationale: data.rationale, createdAt: now },
    });
    await recordAuditEvent(tx, {
      actor,
      action: previous ? "forecast.update" : "forecast.submit",
      entityType: "Forecast",
      entityId: forecast.id,
      before: previous ?? undefined,
      after: forecast,
    });
    touch.tracker(question.proofPoint.trackerId);
    return { forecast, questionId: question.id, trackerId: question.proofPoint.trackerId, trackerSlug: question.proofPoint.tracker.slug };
  });
}
