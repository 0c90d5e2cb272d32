import type { PublicForecastQuestion } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { formatDate } from "../format";
import { FormattedDate } from "../formatted-date";
import { ScrollRegion } from "../scroll-region";
import { FORECAST_CHART, historyGeometry } from "./chart-geometry";
import { formatPercent } from "./format";
import styles from "./forecasts.module.css";

/** The community forecast after every forecast, as a server-drawn SVG step line with a data table. */
export function ForecastHistoryChart({ question }: { question: PublicForecastQuestion }) {
  const geometry = historyGeometry(question.history, new Date(question.historyUntil));
  if (!geometry) return <p className="muted">No forecasts yet, so there is no community forecast to chart.</p>;
  const last = question.history[question.history.length - 1]!;
  const summary = `${question.history.length} ${question.history.length === 1 ? "forecast" : "forecasts"} from ${formatDate(geometry.start)}; the community forecast is now ${formatPercent(last.probability)} from ${last.forecasters} ${last.forecasters === 1 ? "forecaster" : "forecasters"}.`;
  const id = `history-${question.id}`;
  return (
    <figure className={styles.figure}>
      <svg className={styles.chart} viewBox={`0 0 ${FORECAST_CHART.width} ${FORECAST_CHART.height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>Community forecast over time</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line className={styles.grid} x1={geometry.plot.x0} x2={geometry.plot.x1} y1={tick.y} y2={tick.y} />
            <text className={styles.label} x={geometry.plot.x0 - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {formatPercent(tick.value)}
            </text>
          </g>
        ))}
        <path className={styles.line} d={geometry.line} />
        {geometry.dots.map((dot, index) => (
          <circle key={index} className={styles.dot} cx={dot.x} cy={dot.y} r={3.5} />
        ))}
        <text className={styles.label} x={geometry.plot.x0} y={FORECAST_CHART.height - 6}>
          {formatDate(geometry.start)}
        </text>
        <text className={styles.label} x={geometry.plot.x1} y={FORECAST_CHART.height - 6} textAnchor="end">
          {formatDate(geometry.end)}
        </text>
      </svg>
      <figcaption className={styles.caption}>{summary}</figcaption>
      <details>
        <summary>Show the data as a table</summary>
        <ScrollRegion label="Community forecast after each forecast">
          <table>
            <caption className="visually-hidden">Community forecast after each forecast</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Community forecast</th>
                <th scope="col">Forecasters</th>
              </tr>
            </thead>
            <tbody>
              {question.history.map((point, index) => (
                <tr key={index}>
                  <td>
                    <FormattedDate value={point.at} />
                  </td>
                  <td>{formatPercent(point.probability)}</td>
                  <td>{point.forecasters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
