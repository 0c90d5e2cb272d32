import Link from "next/link";
import { PROOF_POINT_STATE_LABELS, STATUS_LABELS } from "@/lib/domain";
import type { TickChartPoint } from "@/lib/server/read/scorecard-history";
import type { TickChart as TickChartData } from "@/lib/server/read/scorecard-history";
import { formatDate } from "./format";
import { DataTable } from "./data-table";
import { FormattedDate } from "./formatted-date";
import { CHART, chartGeometry } from "./tick-chart-geometry";
import { ChartImage } from "./charts/chart-image";
import { chartStyles, DateRange, LineWithDots, ValueGrid } from "./charts/chart-axes";
import styles from "./tick-chart.module.css";

const CAUSE_LABELS: Record<TickChartPoint["cause"], string> = {
  approval: "An approved change",
  backfill: "An approved change",
  claim_moved: "A claim moved to another proof point",
  retired: "Proof point retired",
  restored: "Proof point restored",
  criteria_changed: "New criteria",
};

/**
 * Boxes ticked over time, drawn on the server as SVG: no chart library and no client
 * JavaScript. The SVG is one image with a text alternative; the table below carries
 * every data point for screen readers, keyboard users and anyone who wants the numbers.
 */
export function TickChart({ chart, id = "tick-chart" }: { chart: TickChartData; id?: string }) {
  const geometry = chartGeometry(chart);
  if (!geometry) {
    return <p className="muted">No status changes have been approved yet, so every box has been open since the start.</p>;
  }
  const last = chart.points.at(-1)!;
  const peak = Math.max(...chart.points.map((point) => point.ticked));
  const changes = chart.changeCount ?? chart.points.length;
  const summary =
    `From ${formatDate(geometry.start)} to ${formatDate(geometry.end)}, ${changes} approved ` +
    `${changes === 1 ? "change" : "changes"}; boxes ticked now: ${last.ticked} of ${chart.total}` +
    (peak > last.ticked ? `, at most ${peak}.` : ".");

  return (
    <figure className={`${chartStyles.figure} ${styles.figure}`}>
      <ChartImage id={id} title="Boxes ticked over time" description={summary} width={CHART.width} height={CHART.height}>
        <ValueGrid plot={geometry.plot} ticks={geometry.yTicks} />
        <path className={styles.area} d={geometry.area} />
        <LineWithDots line={geometry.line} dots={geometry.dots} />
        <DateRange plot={geometry.plot} y={CHART.height - 6} start={geometry.start} end={geometry.end} />
      </ChartImage>
      <figcaption className={chartStyles.caption}>{summary}</figcaption>
      <details className={chartStyles.details}>
        <summary>Show the data as a table</summary>
        <DataTable label="Changes of box state and boxes ticked after each" columns={["Approved", "Claim", "Change", "Boxes ticked"]}>
              {chart.points.map((point, index) => (
                <tr key={`${point.at}-${index}`}>
                  <td>
                    <FormattedDate value={point.at} />
                  </td>
                  <td>
                    {point.claimId ? <Link href={`/claims/${point.claimId}`}>{point.claimStatement}</Link> : CAUSE_LABELS[point.cause]}
                    <span className={styles.proofPoint}> ({point.proofPointTitle})</span>
                  </td>
                  <td>
                    {point.fromStatus && point.toStatus ? `${STATUS_LABELS[point.fromStatus]} → ${STATUS_LABELS[point.toStatus]}; ` : ""}
                    box {PROOF_POINT_STATE_LABELS[point.fromState].toLowerCase()} → {PROOF_POINT_STATE_LABELS[point.toState].toLowerCase()}
                    {point.counted ? "" : " (retired, not counted)"}
                  </td>
                  <td>
                    {point.ticked} of {chart.total}
                  </td>
                </tr>
              ))}
        </DataTable>
      </details>
    </figure>
  );
}
