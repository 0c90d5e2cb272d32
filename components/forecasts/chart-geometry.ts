// Plot geometry for the forecast charts (pure; the components only draw it). Both charts
// use a 0–100 % vertical axis.

export const FORECAST_CHART = { width: 640, height: 240, padding: { top: 12, right: 16, bottom: 28, left: 48 } } as const;
export const CALIBRATION_CHART = { size: 320, padding: 44 } as const;

const PERCENT_TICKS = [0, 0.25, 0.5, 0.75, 1];

/** A step line of the community forecast over time, held flat until `until`. Null with no points. */
export function historyGeometry(points: readonly { at: string; probability: number }[], until: Date) {
  if (points.length === 0) return null;
  const { width, height, padding } = FORECAST_CHART;
  const x0 = padding.left;
  const x1 = width - padding.right;
  const y0 = padding.top;
  const y1 = height - padding.bottom;
  const start = new Date(points[0]!.at).getTime();
  const end = Math.max(until.getTime(), new Date(points[points.length - 1]!.at).getTime(), start + 86_400_000);
  const x = (time: number) => x0 + ((time - start) / (end - start)) * (x1 - x0);
  const y = (probability: number) => y1 - probability * (y1 - y0);
  let line = "";
  points.forEach((point, index) => {
    const px = x(new Date(point.at).getTime());
    line += index === 0 ? `M${px.toFixed(1)},${y(point.probability).toFixed(1)}` : `H${px.toFixed(1)}V${y(point.probability).toFixed(1)}`;
  });
  line += `H${x1.toFixed(1)}`;
  return {
    line,
    dots: points.map((point) => ({ x: x(new Date(point.at).getTime()), y: y(point.probability) })),
    yTicks: PERCENT_TICKS.map((value) => ({ value, y: y(value) })),
    plot: { x0, x1, y0, y1 },
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  };
}

/** Points of a calibration plot: x predicted, y observed, radius growing with n. */
export function calibrationGeometry(bins: readonly { meanPredicted: number | null; observed: number | null; count: number }[]) {
  const { size, padding } = CALIBRATION_CHART;
  const scale = (value: number) => padding + value * (size - 2 * padding);
  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));
  return {
    diagonal: { x1: scale(0), y1: scale(1), x2: scale(1), y2: scale(0) },
    ticks: PERCENT_TICKS.map((value) => ({ value, x: scale(value), y: size - scale(value) })),
    points: bins.flatMap((bin) =>
      bin.count === 0
        ? []
        : [{ x: scale(bin.meanPredicted!), y: size - scale(bin.observed!), r: 4 + 8 * Math.sqrt(bin.count / maxCount), count: bin.count }],
    ),
    size,
    padding,
  };
}
