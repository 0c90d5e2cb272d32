// Forecast questions on a proof point: when they accept forecasts, what counts as a
// material criteria change, and how a box tick resolves them.
import { formatThreshold, type CriteriaFields } from "../criteria";
import type { ProofPointState } from "../scorecard";

export const FORECAST_MIN_PERCENT = 1;
export const FORECAST_MAX_PERCENT = 99;

/** The last instant of a UTC calendar day: "by 31 Dec 2028" includes all of that day. */
export function endOfDayUtc(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999));
}

export function acceptsForecasts(question: { closesOn: Date; resolution: string | null }, now: Date): boolean {
  return question.resolution === null && now.getTime() <= endOfDayUtc(question.closesOn).getTime();
}

/** Past its resolve-by day and still unresolved: the calendar resolves it no. */
export function isDueToResolveNo(question: { resolvesBy: Date; resolution: string | null }, now: Date): boolean {
  return question.resolution === null && now.getTime() > endOfDayUtc(question.resolvesBy).getTime();
}

/**
 * A change is material when it changes what ticks the box: the tick wording or the
 * numeric bar. "Contested when" decides a different state, so editing it alone leaves
 * the question as asked.
 */
export function isMaterialCriteriaChange(from: CriteriaFields, to: CriteriaFields): boolean {
  return from.tickWhen.trim() !== to.tickWhen.trim() || formatThreshold(from) !== formatThreshold(to);
}

/**
 * Whether an approval ticked the box under the question's criteria version: the box reads
 * "ticked" after the approval, and the criteria current at the approval are the named
 * version or one that changed nothing material since.
 */
export function boxTickedUnderVersion(options: {
  stateAfterApproval: ProofPointState;
  namedCriteria: CriteriaFields;
  criteriaAtApproval: CriteriaFields;
}): boolean {
  return options.stateAfterApproval === "ticked" && !isMaterialCriteriaChange(options.namedCriteria, options.criteriaAtApproval);
}

export function questionTitle(options: { proofPointTitle: string; resolvesBy: string; criteriaVersion: number }): string {
  return `Will “${options.proofPointTitle}” be ticked by ${options.resolvesBy} under criteria v${options.criteriaVersion}?`;
}
