import { formatDate } from "../format";
import styles from "./chart.module.css";

export { styles as chartStyles };

type Plot = { x0: number; x1: number };

/** Horizontal grid lines across the plot, each labelled with its value at the left. */
export function ValueGrid({ plot, ticks, format = String }: { plot: Plot; ticks: { value: number; y: number }[]; format?: (value: number) => string }) {
  return ticks.map((tick) => (
    <g key={tick.value}>
      <line className={styles.grid} x1={plot.x0} x2={plot.x1} y1={tick.y} y2={tick.y} />
      <text className={styles.label} x={plot.x0 - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
        {format(tick.value)}
      </text>
    </g>
  ));
}

/** The first and the last date of the time axis, under the plot's left and right ends. */
export function DateRange({ plot, y, start, end }: { plot: Plot; y: number; start: string; end: string }) {
  return (
    <>
      <text className={styles.label} x={plot.x0} y={y}>
        {formatDate(start)}
      </text>
      <text className={styles.label} x={plot.x1} y={y} textAnchor="end">
        {formatDate(end)}
      </text>
    </>
  );
}

/** The data line and a dot on each of its points. */
export function LineWithDots({ line, dots }: { line: string; dots: { x: number; y: number }[] }) {
  return (
    <>
      <path className={styles.line} d={line} />
      {dots.map((dot, index) => (
        <circle key={index} className={styles.dot} cx={dot.x} cy={dot.y} r={3.5} />
      ))}
    </>
  );
}
