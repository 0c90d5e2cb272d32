import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { boxTickedUnderVersion, endOfDayUtc, startOfDayUtc } from "@/lib/domain/forecasts/questions";
import { boxStatusOf, proofPointState } from "@/lib/domain/scorecard";
import { currentCriteria } from "@/lib/server/trackers/criteria-version";
import { QUESTION_FOR_HISTORY, recordResolution } from "./record-resolution";

const CRITERIA_FIELDS = { tickWhen: true, contestedWhen: true, thresholdValue: true, thresholdUnit: true, thresholdQualifier: true } as const;

/**
 * Called by the approval command inside its transaction, after the claim's new status is
 * written: every open question on the claim's proof point whose box the approval ticked
 * under its criteria version, on or before its resolve-by day, resolves yes.
 * Returns the ids of the questions it resolved.
 */
export async function resolveForecastsOnApproval(
  tx: Prisma.TransactionClient,
  approval: { claimId: string; statusChangeId: string; at: Date },
): Promise<string[]> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: approval.claimId }, select: { proofPointId: true } });
  const questions = await tx.forecastQuestion.findMany({
    where: { proofPointId: claim.proofPointId, resolution: null, resolvesBy: { gte: startOfDayUtc(approval.at) } },
    select: { ...QUESTION_FOR_HISTORY, criteria: { select: { version: true, ...CRITERIA_FIELDS } } },
  });
  const open = questions.filter((question) => approval.at.getTime() <= endOfDayUtc(question.resolvesBy).getTime());
  if (open.length === 0) return [];

  // Box statuses, as on the scorecard: a supported claim judged short of the criteria ticks nothing.
  const claims = await tx.claim.findMany({ where: { proofPointId: claim.proofPointId }, select: { status: true, meetsCriteria: true } });
  const stateAfterApproval = proofPointState(claims.map(boxStatusOf));
  const criteriaAtApproval = await currentCriteria(tx, claim.proofPointId);
  if (!criteriaAtApproval) return [];

  const resolved: string[] = [];
  for (const question of open) {
    if (!boxTickedUnderVersion({ stateAfterApproval, namedCriteria: question.criteria, criteriaAtApproval })) continue;
    if (await recordResolution(tx, question, { kind: "yes", statusChangeId: approval.statusChangeId }, approval.at)) resolved.push(question.id);
  }
  return resolved;
}
