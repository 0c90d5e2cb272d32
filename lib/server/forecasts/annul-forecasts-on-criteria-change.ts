import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CriteriaFields } from "@/lib/domain/criteria";
import { isMaterialCriteriaChange } from "@/lib/domain/forecasts/questions";
import { QUESTION_FOR_HISTORY, recordResolution } from "./record-resolution";

const CRITERIA_FIELDS = { tickWhen: true, contestedWhen: true, thresholdValue: true, thresholdUnit: true, thresholdQualifier: true } as const;

/**
 * Called by the criteria command inside its transaction, after the new version is
 * written: every unresolved question on the proof point whose named version differs
 * materially from the new one is annulled. Returns the ids of the annulled questions.
 */
export async function annulForecastsOnCriteriaChange(
  tx: Prisma.TransactionClient,
  change: { proofPointId: string; newVersion: CriteriaFields & { id: string; version: number }; at: Date },
): Promise<string[]> {
  const questions = await tx.forecastQuestion.findMany({
    where: { proofPointId: change.proofPointId, resolution: null },
    select: { ...QUESTION_FOR_HISTORY, criteria: { select: { version: true, ...CRITERIA_FIELDS } } },
  });
  const annulled: string[] = [];
  for (const question of questions) {
    if (!isMaterialCriteriaChange(question.criteria, change.newVersion)) continue;
    const resolution = { kind: "annulled", criteriaId: change.newVersion.id, criteriaVersion: change.newVersion.version } as const;
    if (await recordResolution(tx, question, resolution, change.at)) annulled.push(question.id);
  }
  return annulled;
}
