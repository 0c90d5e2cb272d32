import type { Calibration } from "@/lib/server/forecasts/public/forecast-scoring";
import { DataTable } from "../data-table";
import { ChartImage } from "../charts/chart-image";
import { calibrationGeometry } from "./chart-geometry";
import { formatPercent, formatScore } from "./format";
import { chartStyles } from "../charts/chart-axes";
import styles from "./forecasts.module.css";

/**
 * Predicted against observed frequency per ten-point bin, with n per bin: points on the
 * dashed diagonal are perfectly calibrated. The table carries every number.
 */
export function CalibrationChart({ calibration, id, title }: { calibration: Calibration; id: string; title: string }) {
  if (calibration.count === 0) return <p className="muted">No resolved forecasts yet: calibration needs questions that have resolved yes or no.</p>;
  const geometry = calibrationGeometry(calibration.bins);
  const filled = calibration.bins.filter((bin) => bin.count > 0);
  const summary = `${calibration.count} resolved ${calibration.count === 1 ? "forecast" : "forecasts"} in ${filled.length} ${filled.length === 1 ? "bin" : "bins"}; calibration error ${formatScore(calibration.error)} (0 is perfect).`;
  return (
    <figure className={chartStyles.figure}>
      <ChartImage id={id} title={title} description={summary} width={geometry.size} height={geometry.size} className={styles.calibration}>
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line className={chartStyles.grid} x1={geometry.padding} x2={geometry.size - geometry.padding} y1={tick.y} y2={tick.y} />
            <text className={chartStyles.label} x={geometry.padding - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {formatPercent(tick.value)}
            </text>
            {/* The vertical axis already labels the corner. */}
            {tick.value > 0 ? (
              <text className={chartStyles.label} x={tick.x} y={geometry.size - geometry.padding + 18} textAnchor="middle">
                {formatPercent(tick.value)}
              </text>
            ) : null}
          </g>
        ))}
        <line className={styles.diagonal} {...geometry.diagonal} />
        {geometry.points.map((point, index) => (
          <g key={index}>
            <circle className={styles.binDot} cx={point.x} cy={point.y} r={point.r} />
            <text className={chartStyles.label} x={point.x + point.r + 3} y={point.y - point.r}>
              n={point.count}
            </text>
          </g>
        ))}
        <text className={chartStyles.label} x={geometry.size / 2} y={geometry.size - 4} textAnchor="middle">
          forecast probability
        </text>
      </ChartImage>
      <figcaption className={chartStyles.caption}>{summary} Vertical axis: how often those questions resolved yes.</figcaption>
      <details>
        <summary>Show the bins as a table</summary>
        <DataTable label={`${title}: bins`} columns={["Forecast bin", "n", "Mean forecast", "Resolved yes"]}>
          {calibration.bins.map((bin) => (
            <tr key={bin.from}>
              <td>
                {formatPercent(bin.from)}–{formatPercent(bin.to)}
              </td>
              <td>{bin.count}</td>
              <td>{formatPercent(bin.meanPredicted)}</td>
              <td>{formatPercent(bin.observed)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}
