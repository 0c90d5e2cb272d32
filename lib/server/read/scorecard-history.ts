import "server-only";
// The scorecard's charts, from the box-state series (BoxStateChange: one row per change of a
// box's state, or of whether it counts): the ticked count after each change, and each active
// proof point's state over time as lanes of segments. No I/O: the rows come from
// lib/server/public/box-state-series.ts. The axis ends when the data was read and never
// later: a row stamped in the future (a clock set ahead) is drawn at that moment.
import type { ClaimStatus, ProofPointState } from "@/lib/domain";

export type BoxStateSeriesRow = {
  proofPointKey: string;
  proofPointTitle: string;
  state: ProofPointState;
  counted: boolean;
  at: string;
  cause: "approval" | "claim_moved" | "retired" | "restored" | "criteria_changed" | "backfill";
  /** The approved change that moved the box, when an approval did. */
  change: { id: string; claimId: string; claimStatement: string; fromStatus: ClaimStatus; toStatus: ClaimStatus } | null;
};

export type TickChartPoint = {
  /** When the box moved (ISO timestamp). */
  at: string;
  /** Boxes ticked right after this change. */
  ticked: number;
  changeId: string | null;
  claimId: string | null;
  claimStatement: string | null;
  proofPointKey: string;
  proofPointTitle: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  fromState: ProofPointState;
  toState: ProofPointState;
  /** Whether the box counts after this change (false once retired). */
  counted: boolean;
  cause: BoxStateSeriesRow["cause"];
};

export type StateSegment = { from: string; to: string; state: ProofPointState };

export type TickChart = {
  /** How many boxes there are: the chart's top. */
  total: number;
  /** One point per change of some box's state, oldest first; every box is open before the first. */
  points: TickChartPoint[];
  /** The active proof points in checklist order, each with its states from the axis start to asOf. */
  lanes: { key: string; title: string; segments: StateSegment[] }[];
  /** Approved changes in all (the caption counts them), when known. */
  changeCount?: number;
  /** When the data was read: the axis ends here. */
  asOf: string;
};

export function buildTickChart(
  rows: readonly BoxStateSeriesRow[],
  activePoints: readonly { key: string; title: string }[],
  asOf: Date,
  changeCount?: number,
): TickChart {
  const end = asOf.toISOString();
  const clamp = (at: string) => (at > end ? end : at);
  const stateOf = new Map<string, { state: ProofPointState; counted: boolean }>();
  let ticked = 0;
  const points: TickChartPoint[] = [];
  const changesByPoint = new Map<string, { at: string; state: ProofPointState }[]>();
  for (const row of rows) {
    const before = stateOf.get(row.proofPointKey) ?? { state: "open" as const, counted: true };
    const counts = (entry: { state: ProofPointState; counted: boolean }) => (entry.counted && entry.state === "ticked" ? 1 : 0);
    ticked += counts(row) - counts(before);
    stateOf.set(row.proofPointKey, { state: row.state, counted: row.counted });
    const at = clamp(row.at);
    points.push({
      at,
      ticked,
      changeId: row.change?.id ?? null,
      claimId: row.change?.claimId ?? null,
      claimStatement: row.change?.claimStatement ?? null,
      proofPointKey: row.proofPointKey,
      proofPointTitle: row.proofPointTitle,
      fromStatus: row.change?.fromStatus ?? null,
      toStatus: row.change?.toStatus ?? null,
      fromState: before.state,
      toState: row.state,
      counted: row.counted,
      cause: row.cause,
    });
    const list = changesByPoint.get(row.proofPointKey) ?? [];
    list.push({ at, state: row.state });
    changesByPoint.set(row.proofPointKey, list);
  }
  const start = points[0]?.at ?? end;
  const lanes = activePoints.map((point) => {
    const segments: StateSegment[] = [];
    let from = start;
    let state: ProofPointState = "open";
    for (const change of changesByPoint.get(point.key) ?? []) {
      if (change.state === state) continue;
      if (change.at > from) segments.push({ from, to: change.at, state });
      from = change.at;
      state = change.state;
    }
    segments.push({ from, to: end, state });
    return { key: point.key, title: point.title, segments };
  });
  return { total: activePoints.length, points, lanes, changeCount, asOf: end };
}
