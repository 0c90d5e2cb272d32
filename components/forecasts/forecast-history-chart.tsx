import type { PublicForecastQuestion } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { formatDate } from "../format";
import { FormattedDate } from "../formatted-date";
import { DataTable } from "../data-table";
import { ChartImage } from "../charts/chart-image";
import { FORECAST_CHART, historyGeometry } from "./chart-geometry";
import { formatPercent } from "./format";
import { chartStyles as styles, DateRange, LineWithDots, ValueGrid } from "../charts/chart-axes";

/** The community forecast after every forecast, as a server-drawn SVG step line with a data table. */
export function ForecastHistoryChart({ question }: { question: PublicForecastQuestion }) {
  const geometry = historyGeometry(question.history, new Date(question.historyUntil));
  if (!geometry) return <p className="muted">No forecasts yet, so there is no community forecast to chart.</p>;
  const last = question.history[question.history.length - 1]!;
  const summary = `${question.history.length} ${question.history.length === 1 ? "forecast" : "forecasts"} from ${formatDate(geometry.start)}; the community forecast is now ${formatPercent(last.probability)} from ${last.forecasters} ${last.forecasters === 1 ? "forecaster" : "forecasters"}.`;
  const id = `history-${question.id}`;
  return (
    <figure className={styles.figure}>
      <ChartImage id={id} title="Community forecast over time" description={summary} width={FORECAST_CHART.width} height={FORECAST_CHART.height}>
        <ValueGrid plot={geometry.plot} ticks={geometry.yTicks} format={formatPercent} />
        <LineWithDots line={geometry.line} dots={geometry.dots} />
        <DateRange plot={geometry.plot} y={FORECAST_CHART.height - 6} start={geometry.start} end={geometry.end} />
      </ChartImage>
      <figcaption className={styles.caption}>{summary}</figcaption>
      <details>
        <summary>Show the data as a table</summary>
        <DataTable label="Community forecast after each forecast" columns={["When", "Community forecast", "Forecasters"]}>
              {question.history.map((point, index) => (
                <tr key={index}>
                  <td>
                    <FormattedDate value={point.at} />
                  </td>
                  <td>{formatPercent(point.probability)}</td>
                  <td>{point.forecasters}</td>
                </tr>
              ))}
        </DataTable>
      </details>
    </figure>
  );
}
