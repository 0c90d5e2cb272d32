// Calibration: of all forecasts near p, how often did the event happen? Ten bins of ten
// percentage points; each reports its count so readers can judge the noise.
import type { Outcome } from "./scores";

export const CALIBRATION_BIN_COUNT = 10;

export type CalibrationBin = {
  /** Inclusive lower and exclusive upper edge (the last bin includes 1). */
  from: number;
  to: number;
  count: number;
  /** Mean forecast probability in the bin, null when empty. */
  meanPredicted: number | null;
  /** Share of the bin's forecasts whose question resolved yes, null when empty. */
  observed: number | null;
};

export function binIndex(probability: number): number {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`Probability ${probability} is not between 0 and 1`);
  return Math.min(CALIBRATION_BIN_COUNT - 1, Math.floor(probability * CALIBRATION_BIN_COUNT));
}

export function calibrationBins(forecasts: readonly { probability: number; outcome: Outcome }[]): CalibrationBin[] {
  const sums = Array.from({ length: CALIBRATION_BIN_COUNT }, () => ({ count: 0, predicted: 0, yes: 0 }));
  for (const forecast of forecasts) {
    const bin = sums[binIndex(forecast.probability)]!;
    bin.count += 1;
    bin.predicted += forecast.probability;
    if (forecast.outcome === "yes") bin.yes += 1;
  }
  return sums.map((sum, index) => ({
    from: index / CALIBRATION_BIN_COUNT,
    to: (index + 1) / CALIBRATION_BIN_COUNT,
    count: sum.count,
    meanPredicted: sum.count ? sum.predicted / sum.count : null,
    observed: sum.count ? sum.yes / sum.count : null,
  }));
}

/**
 * Expected calibration error: the count-weighted mean distance between predicted and
 * observed frequency over the bins. 0 is perfectly calibrated; null with no forecasts.
 */
export function calibrationError(bins: readonly CalibrationBin[]): number | null {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return null;
  return bins.reduce((sum, bin) => (bin.count ? sum + (bin.count / total) * Math.abs(bin.observed! - bin.meanPredicted!) : sum), 0);
}
