import type { Calibration } from "@/lib/server/forecasts/public/forecast-scoring";
import { ScrollRegion } from "../scroll-region";
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
      <svg className={styles.calibration} viewBox={`0 0 ${geometry.size} ${geometry.size}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
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
      </svg>
      <figcaption className={chartStyles.caption}>{summary} Vertical axis: how often those questions resolved yes.</figcaption>
      <details>
        <summary>Show the bins as a table</summary>
        <ScrollRegion label={`${title}: bins`}>
          <table>
            <caption className="visually-hidden">{title}: bins</caption>
            <thead>
              <tr>
                <th scope="col">Forecast bin</th>
                <th scope="col">n</th>
                <th scope="col">Mean forecast</th>
                <th scope="col">Resolved yes</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
