import type { ReactNode } from "react";
import { chartStyles } from "./chart-axes";

/**
 * A server-drawn chart as one image: its title names it and its description carries the
 * summary a screen reader reads instead of the shapes.
 */
export function ChartImage({ id, title, description, width, height, className = chartStyles.chart, children }: { id: string; title: string; description: string; width: number; height: number; className?: string; children: ReactNode }) {
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}
