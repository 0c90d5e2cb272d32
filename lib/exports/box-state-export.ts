import "server-only";
// The scorecard's box-states chart as CSV: one record per change of a box's state, the
// same points the chart draws and its table lists (read from the cached scorecard).
import type { TickChart, TickChartPoint } from "@/lib/server/read/scorecard-history";
import { csvHeader, csvRecords, type CsvColumns } from "./csv-cells";

export const BOX_STATE_COLUMNS: CsvColumns<TickChartPoint & { total: number }> = {
  at: (point) => point.at,
  proof_point_key: (point) => point.proofPointKey,
  proof_point: (point) => point.proofPointTitle,
  from_state: (point) => point.fromState,
  to_state: (point) => point.toState,
  counted: (point) => point.counted,
  cause: (point) => (point.cause === "backfill" ? "approval" : point.cause),
  status_change_id: (point) => point.changeId,
  claim_id: (point) => point.claimId,
  from_status: (point) => point.fromStatus,
  to_status: (point) => point.toStatus,
  boxes_ticked: (point) => point.ticked,
  boxes_total: (point) => point.total,
};

export function boxStatesCsv(chart: TickChart): string {
  return csvHeader(Object.keys(BOX_STATE_COLUMNS)) + csvRecords(BOX_STATE_COLUMNS, chart.points.map((point) => ({ ...point, total: chart.total })));
}
