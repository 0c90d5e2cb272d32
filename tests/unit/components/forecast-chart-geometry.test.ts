import { describe, expect, it } from "vitest";
import { CALIBRATION_CHART, FORECAST_CHART, calibrationGeometry, historyGeometry } from "@/components/forecasts/chart-geometry";
import { formatPercent, formatScore } from "@/components/forecasts/format";

describe("historyGeometry", () => {
  it("draws nothing without forecasts", () => {
    expect(historyGeometry([], new Date())).toBeNull();
  });

  it("steps from point to point and holds the last value to the right edge", () => {
    const geometry = historyGeometry(
      [
        { at: "2026-01-01T00:00:00Z", probability: 0.2 },
        { at: "2026-01-11T00:00:00Z", probability: 0.6 },
      ],
      new Date("2026-01-21T00:00:00Z"),
    )!;
    const { x0, x1, y0, y1 } = geometry.plot;
    expect(geometry.dots[0]).toEqual({ x: x0, y: y1 - 0.2 * (y1 - y0) });
    expect(geometry.dots[1]!.x).toBeCloseTo((x0 + x1) / 2, 6);
    expect(geometry.line.startsWith(`M${x0.toFixed(1)},`)).toBe(true);
    expect(geometry.line.endsWith(`H${x1.toFixed(1)}`)).toBe(true);
    expect(geometry.yTicks.map((tick) => tick.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(x1).toBe(FORECAST_CHART.width - FORECAST_CHART.padding.right);
  });
});

describe("calibrationGeometry", () => {
  it("places filled bins at (mean forecast, observed) and skips empty ones", () => {
    const geometry = calibrationGeometry([
      { meanPredicted: null, observed: null, count: 0 },
      { meanPredicted: 0.5, observed: 0.5, count: 4 },
    ]);
    const { size, padding } = CALIBRATION_CHART;
    expect(geometry.points).toHaveLength(1);
    expect(geometry.points[0]).toMatchObject({ x: size / 2, y: size / 2, count: 4 });
    expect(geometry.diagonal).toEqual({ x1: padding, y1: size - padding, x2: size - padding, y2: padding });
  });
});

describe("forecast number formats", () => {
  it("show whole percents without a trailing .0 and scores to three decimals", () => {
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(0.555)).toBe("55.5%");
    expect(formatPercent(null)).toBe("–");
    expect(formatScore(0.04)).toBe("0.040");
    expect(formatScore(null)).toBe("–");
  });
});
