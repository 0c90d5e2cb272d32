import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { annulledSummary, questionTitle, resolvedSummary } from "@/lib/domain/forecasts/questions";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordChecklistChange } from "@/lib/server/trackers/checklist-change";

type QuestionForHistory = {
  id: string;
  resolvesBy: Date;
  criteria: { version: number };
  proofPoint: { id: string; title: string; trackerId: string };
};

type Resolution =
  | { kind: "yes"; statusChangeId: string }
  | { kind: "no" }
  | { kind: "annulled"; criteriaId: string; criteriaVersion: number };

/**
 * Settles an unresolved question, in the caller's transaction, with its audit event and
 * its entry in the tracker's public history. False when it was settled meanwhile (a
 * concurrent approval or sweep got there first): then nothing is written.
 */
export async function recordResolution(tx: Prisma.TransactionClient, question: QuestionForHistory, resolution: Resolution, at: Date): Promise<boolean> {
  const { count } = await tx.forecastQuestion.updateMany({
    where: { id: question.id, resolution: null },
    data: {
      resolution: resolution.kind,
      resolvedAt: at,
      resolvedByChangeId: resolution.kind === "yes" ? resolution.statusChangeId : null,
      annulledByCriteriaId: resolution.kind === "annulled" ? resolution.criteriaId : null,
    },
  });
  if (count === 0) return false;
  const title = questionTitle({ proofPointTitle: question.proofPoint.title, resolvesBy: question.resolvesBy, criteriaVersion: question.criteria.version });
  await recordChecklistChange(tx, {
    trackerId: question.proofPoint.trackerId,
    kind: resolution.kind === "annulled" ? "forecast_annulled" : "forecast_resolved",
    summary: resolution.kind === "annulled" ? annulledSummary(title, resolution.criteriaVersion) : resolvedSummary(title, resolution.kind),
    // Nobody resolves a question: the verdict, the calendar or the criteria edit does.
    actor: null,
    at,
    proofPointId: question.proofPoint.id,
  });
  await recordAuditEvent(tx, {
    actor: null,
    action: resolution.kind === "annulled" ? "forecast-question.annul" : "forecast-question.resolve",
    entityType: "ForecastQuestion",
    entityId: question.id,
    before: { resolution: null },
    after: { resolution: resolution.kind, resolvedAt: at, ...resolution },
  });
  return true;
}

export const QUESTION_FOR_HISTORY = {
  id: true,
  resolvesBy: true,
  criteria: { select: { version: true } },
  proofPoint: { select: { id: true, title: true, trackerId: true } },
} as const;
