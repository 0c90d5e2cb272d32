// Pure geometry of the ticks-over-time chart, kept apart from the markup so it can be
// unit-tested: a step line (a box stays ticked until a change unticks it), y from 0 to the
// number of boxes, x from the first approved change to the time the data was read.

export const CHART = { width: 480, height: 200, left: 36, right: 12, top: 12, bottom: 28 } as const;

export type ChartInput = { total: number; points: { at: string; ticked: number }[]; asOf: string };

export type ChartGeometry = {
  /** SVG path of the step line. */
  line: string;
  /** The same line closed down to the axis, for the shaded area under it. */
  area: string;
  dots: { x: number; y: number }[];
  yTicks: { value: number; y: number }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  start: string;
  end: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;

export function chartGeometry(input: ChartInput): ChartGeometry | null {
  const first = input.points[0];
  if (!first) return null;
  const total = Math.max(1, input.total);
  // The axis ends when the data was read, never later (no future drawn as if known); a
  // change stamped after it (a clock set ahead) is drawn at that moment.
  const t1 = Date.parse(input.asOf);
  const firstAt = Math.min(Date.parse(first.at), t1);
  // It starts a little before the first change, so the open-boxes level before it is
  // visible, and spans at least a few days, so same-day changes still spread out: the extra
  // span goes before the first change, not past today.
  const t0 = Math.min(startOfUtcDay(firstAt - Math.max(DAY_MS, (t1 - firstAt) * 0.04)), t1 - 3 * DAY_MS);

  const plot = { x0: CHART.left, x1: CHART.width - CHART.right, y0: CHART.height - CHART.bottom, y1: CHART.top };
  const x = (time: number) => round(plot.x0 + ((time - t0) / (t1 - t0)) * (plot.x1 - plot.x0));
  const y = (ticked: number) => round(plot.y0 - (Math.min(ticked, total) / total) * (plot.y0 - plot.y1));

  let line = `M${plot.x0},${y(0)}`;
  const dots: ChartGeometry["dots"] = [];
  for (const point of input.points) {
    const px = x(Math.min(Date.parse(point.at), t1));
    const py = y(point.ticked);
    line += ` H${px} V${py}`;
    dots.push({ x: px, y: py });
  }
  line += ` H${plot.x1}`;

  return {
    line,
    area: `${line} V${plot.y0} H${plot.x0} Z`,
    dots,
    yTicks: yTickValues(total).map((value) => ({ value, y: y(value) })),
    plot,
    start: new Date(t0).toISOString(),
    end: new Date(t1).toISOString(),
  };
}

/** Whole numbers only (boxes), at most about six labels. */
export function yTickValues(total: number): number[] {
  const step = Math.max(1, Math.ceil(total / 5));
  const values: number[] = [];
  for (let value = 0; value < total; value += step) values.push(value);
  values.push(total);
  return values;
}

function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
