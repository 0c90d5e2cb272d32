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

export function startOfDayUtc(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
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

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "Will “Wafer results” be ticked by 31 Dec 2028 under criteria v1?" */
export function questionTitle(options: { proofPointTitle: string; resolvesBy: Date; criteriaVersion: number }): string {
  return `Will “${options.proofPointTitle}” be ticked by ${DAY_FORMAT.format(options.resolvesBy)} under criteria v${options.criteriaVersion}?`;
}

export function resolvedSummary(title: string, resolution: "yes" | "no"): string {
  return resolution === "yes"
    ? `Forecast question resolved yes: ${title} An approved status change ticked the box.`
    : `Forecast question resolved no: ${title} The resolve-by date passed with the box unticked.`;
}

export function annulledSummary(title: string, newVersion: number): string {
  return `Forecast question annulled: ${title} Criteria version ${newVersion} changed what ticks the box before it resolved.`;
}
