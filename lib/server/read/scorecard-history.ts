import "server-only";
// What the scorecard derives from a tracker's approved status changes: the ticks-over-time
// chart (via the domain's tickHistory, so the chart and the headline agree) and each
// row's latest change. No I/O: the changes come from listTrackerStatusChanges.
import { boxStatusOf, tickHistory, type ClaimStatus } from "@/lib/domain";
import type { TrackerStatusChange } from "./list-tracker-status-changes";

export type TickChartPoint = {
  /** When the change was approved (ISO timestamp). */
  at: string;
  /** Boxes ticked right after this change. */
  ticked: number;
  changeId: string;
  claimId: string;
  claimStatement: string;
  proofPointTitle: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
};

export type TickChart = {
  /** How many boxes there are: the chart's top. */
  total: number;
  /** One point per approved change that changed a box's state, oldest first; every box is open before the first. */
  points: TickChartPoint[];
  /** Every approved change, including those that moved no box (the chart's caption counts them). */
  changeCount?: number;
  /** When the data was read: the chart's line runs on to here. */
  asOf: string;
};

export function buildTickChart(
  changes: readonly TrackerStatusChange[],
  proofPointKeys: readonly string[],
  asOf: Date,
): TickChart {
  const history = tickHistory(
    changes.map((change) => ({
      at: new Date(change.approvedAt),
      claimId: change.claimId,
      proofPointKey: change.proofPointKey,
      // Only approvals judged to meet the criteria tick, in the chart as in the headline.
      to: boxStatusOf({ status: change.toStatus, meetsCriteria: change.meetsCriteria }),
    })),
    proofPointKeys,
  );
  // tickHistory sorts stably by time and `changes` is already oldest first, so index i of
  // the history belongs to change i.
  return {
    total: proofPointKeys.length,
    points: history.map((point, index) => {
      const change = changes[index]!;
      return {
        at: point.at.toISOString(),
        ticked: point.ticked,
        changeId: change.id,
        claimId: change.claimId,
        claimStatement: change.claimStatement,
        proofPointTitle: change.proofPointTitle,
        fromStatus: change.fromStatus,
        toStatus: change.toStatus,
      };
    }),
    asOf: asOf.toISOString(),
  };
}

/** The newest change under each proof point key (changes come oldest first). */
export function latestChangeByProofPoint(changes: readonly TrackerStatusChange[]): Map<string, TrackerStatusChange> {
  const latest = new Map<string, TrackerStatusChange>();
  for (const change of changes) latest.set(change.proofPointKey, change);
  return latest;
}
