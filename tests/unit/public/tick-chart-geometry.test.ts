import { describe, expect, it } from "vitest";
import { CHART, chartGeometry, yTickValues } from "@/components/tick-chart-geometry";

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
