import { PROOF_POINT_STATE_LABELS, PROOF_POINT_STATES, type ProofPointState } from "@/lib/domain";
import type { TickChart } from "@/lib/server/read/scorecard-history";
import { formatDate } from "./format";
import { FormattedDate } from "./formatted-date";
import { DataTable } from "./data-table";
import { LANES, lanesGeometry } from "./box-state-chart-geometry";
import { ChartImage } from "./charts/chart-image";
import { chartStyles, DateRange } from "./charts/chart-axes";
import styles from "./box-state-chart.module.css";

const STATE_CLASS: Record<ProofPointState, string> = {
  ticked: styles.ticked!,
  partial: styles.partial!,
  contested: styles.contested!,
  open: styles.open!,
};

/**
 * Each proof point's box state over time (ticked, partial, contested, open), drawn on the
 * server as SVG with no client JavaScript: a lane per point, a bar per span of one state,
 * each with its dates as a hover title. A year of approvals that tick nothing still shows
 * as partial or contested spans, never as a flat line. The table carries the same data,
 * and the CSV link downloads it.
 */
export function BoxStateChart({ chart, csvHref, id = "box-state-chart" }: { chart: TickChart; csvHref: string; id?: string }) {
  const geometry = lanesGeometry({ lanes: chart.lanes, asOf: chart.asOf });
  if (!geometry || chart.points.length === 0) {
    return <p className="muted">No box has changed state yet: every box has been open since the start.</p>;
  }
  const now = chart.lanes.map((lane) => `${lane.title}: ${PROOF_POINT_STATE_LABELS[lane.segments.at(-1)!.state].toLowerCase()}`).join("; ");
  const summary = `From ${formatDate(geometry.start)} to ${formatDate(geometry.end)}, ${chart.points.length} ${chart.points.length === 1 ? "change" : "changes"} of box state. Now: ${now}.`;
  return (
    <figure className={`${chartStyles.figure} ${styles.figure}`}>
      <ChartImage id={id} title="Each box's state over time" description={summary} width={LANES.width} height={geometry.height}>
        {geometry.lanes.map((lane) => (
          <g key={lane.key} data-proof-point={lane.key}>
            <text className={styles.laneTitle} x={LANES.left} y={lane.labelY}>
              {lane.title}
            </text>
            {lane.bars.map((bar, index) => (
              <rect key={index} className={STATE_CLASS[bar.state]} x={bar.x} y={lane.y} width={bar.width} height={LANES.laneHeight} data-state={bar.state}>
                <title>{`${lane.title}: ${PROOF_POINT_STATE_LABELS[bar.state]} from ${formatDate(bar.from)} to ${formatDate(bar.to)}`}</title>
              </rect>
            ))}
          </g>
        ))}
        <DateRange plot={{ x0: LANES.left, x1: LANES.width - LANES.right }} y={geometry.height - 6} start={geometry.start} end={geometry.end} />
      </ChartImage>
      <ul className={styles.legend} aria-label="States">
        {[...PROOF_POINT_STATES].reverse().map((state) => (
          <li key={state}>
            <svg className={styles.swatch} viewBox="0 0 24 14" aria-hidden="true">
              <rect className={STATE_CLASS[state]} x="1" y="1" width="22" height="12" />
            </svg>
            {PROOF_POINT_STATE_LABELS[state]}
          </li>
        ))}
      </ul>
      <details className={chartStyles.details}>
        <summary>Show the box states as a table</summary>
        <DataTable label="Changes of each box's state" columns={["When", "Proof point", "From", "To"]}>
              {chart.points.map((point, index) => (
                <tr key={`${point.at}-${index}`}>
                  <td>
                    <FormattedDate value={point.at} />
                  </td>
                  <td>{point.proofPointTitle}</td>
                  <td>{PROOF_POINT_STATE_LABELS[point.fromState]}</td>
                  <td>
                    {PROOF_POINT_STATE_LABELS[point.toState]}
                    {point.counted ? "" : " (retired)"}
                  </td>
                </tr>
              ))}
        </DataTable>
      </details>
      <p className={styles.download}>
        <a href={csvHref} download>
          Box states (CSV)
        </a>
      </p>
    </figure>
  );
}
