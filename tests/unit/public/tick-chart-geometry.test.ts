import { describe, expect, it } from "vitest";
import { CHART, chartGeometry, yTickValues } from "@/components/tick-chart-geometry";
import { LANES, lanesGeometry } from "@/components/box-state-chart-geometry";

const AS_OF = "2026-01-31T00:00:00.000Z";

describe("chartGeometry", () => {
  it("has nothing to draw before the first approved change", () => {
    expect(chartGeometry({ total: 6, points: [], asOf: AS_OF })).toBeNull();
  });

  it("draws a step line from zero, through every change, on to the time the data was read", () => {
    const geometry = chartGeometry({
      total: 2,
      points: [
        { at: "2026-01-01T12:00:00.000Z", ticked: 1 },
        { at: "2026-01-11T12:00:00.000Z", ticked: 2 },
        { at: "2026-01-21T12:00:00.000Z", ticked: 1 },
      ],
      asOf: AS_OF,
    })!;
    const { plot } = geometry;
    const bottom = plot.y0;
    const top = plot.y1;
    const middle = (bottom + top) / 2;
    expect(geometry.dots.map((dot) => dot.y)).toEqual([middle, top, middle]);
    // Time runs left to right and the line ends at the right edge.
    const xs = geometry.dots.map((dot) => dot.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(xs[0]).toBeGreaterThan(plot.x0);
    expect(geometry.line.startsWith(`M${plot.x0},${bottom}`)).toBe(true);
    expect(geometry.line.endsWith(`H${plot.x1}`)).toBe(true);
    expect(geometry.area.endsWith(`V${bottom} H${plot.x0} Z`)).toBe(true);
    expect(geometry.end).toBe(AS_OF);
    expect(Date.parse(geometry.start)).toBeLessThan(Date.parse("2026-01-01T12:00:00.000Z"));
  });

  it("stays inside the drawing for same-instant changes and counts past the total", () => {
    const geometry = chartGeometry({
      total: 1,
      points: [
        { at: AS_OF, ticked: 1 },
        { at: AS_OF, ticked: 3 },
      ],
      asOf: AS_OF,
    })!;
    for (const dot of geometry.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(0);
      expect(dot.x).toBeLessThanOrEqual(CHART.width);
      expect(dot.y).toBeGreaterThanOrEqual(geometry.plot.y1);
    }
    expect(geometry.line).not.toMatch(/NaN|Infinity/);
  });
});

describe("the axis ends at the read time, never later", () => {
  it("puts the minimum span before a change made today, not after it", () => {
    const geometry = chartGeometry({ total: 1, points: [{ at: "2026-01-30T23:00:00.000Z", ticked: 1 }], asOf: AS_OF })!;
    expect(geometry.end).toBe(AS_OF);
    expect(Date.parse(AS_OF) - Date.parse(geometry.start)).toBeGreaterThanOrEqual(3 * 24 * 60 * 60 * 1000);
  });

  it("draws a change stamped after the read time at the read time", () => {
    const geometry = chartGeometry({ total: 1, points: [{ at: "2027-06-01T00:00:00.000Z", ticked: 1 }], asOf: AS_OF })!;
    expect(geometry.end).toBe(AS_OF);
    expect(geometry.dots[0]!.x).toBe(geometry.plot.x1);
  });
});

describe("lanesGeometry", () => {
  const lanes = [
    { key: "a", title: "A", segments: [{ from: "2025-01-01T00:00:00.000Z", to: "2025-06-01T00:00:00.000Z", state: "open" as const }, { from: "2025-06-01T00:00:00.000Z", to: AS_OF, state: "partial" as const }] },
    { key: "b", title: "B", segments: [{ from: "2025-01-01T00:00:00.000Z", to: AS_OF, state: "contested" as const }] },
  ];

  it("has a lane per proof point, bars in time order filling it from the axis start to the read time", () => {
    const geometry = lanesGeometry({ lanes, asOf: AS_OF })!;
    expect(geometry.lanes.map((lane) => lane.key)).toEqual(["a", "b"]);
    const [first, second] = geometry.lanes[0]!.bars;
    expect(first!.x).toBe(LANES.left);
    expect(second!.x).toBeCloseTo(first!.x + first!.width, 0);
    expect(second!.x + second!.width).toBeCloseTo(LANES.width - LANES.right, 0);
    expect(geometry.lanes[1]!.bars.map((bar) => bar.state)).toEqual(["contested"]);
    expect(geometry.end).toBe(AS_OF);
    expect(geometry.lanes[1]!.y).toBeGreaterThan(geometry.lanes[0]!.y + LANES.laneHeight);
  });

  it("never draws past the read time", () => {
    const late = [{ key: "a", title: "A", segments: [{ from: "2025-01-01T00:00:00.000Z", to: "2027-01-01T00:00:00.000Z", state: "ticked" as const }] }];
    const bar = lanesGeometry({ lanes: late, asOf: AS_OF })!.lanes[0]!.bars[0]!;
    expect(bar.x + bar.width).toBeLessThanOrEqual(LANES.width - LANES.right);
  });

  it("has nothing to draw without proof points", () => {
    expect(lanesGeometry({ lanes: [], asOf: AS_OF })).toBeNull();
  });
});

describe("yTickValues", () => {
  it.each([
    [1, [0, 1]],
    [6, [0, 2, 4, 6]],
    [5, [0, 1, 2, 3, 4, 5]],
    [12, [0, 3, 6, 9, 12]],
  ])("labels whole boxes for %i", (total, ticks) => {
    expect(yTickValues(total)).toEqual(ticks);
  });
});
