// Proper scoring rules for binary forecasts. Probabilities are fractions in (0, 1);
// forecasters enter whole percents from 1 to 99, so neither score can be infinite.

export type Outcome = "yes" | "no";
export type ScoredForecast = { probability: number; outcome: Outcome };

function assertProbability(probability: number): void {
  if (!(probability >= 0 && probability <= 1)) throw new RangeError(`Probability ${probability} is not between 0 and 1`);
}

const observed = (outcome: Outcome) => (outcome === "yes" ? 1 : 0);

/** (p − o)²: 0 for certain and right, 1 for certain and wrong, 0.25 for 50 %. Lower is better. */
export function brierScore(probability: number, outcome: Outcome): number {
  assertProbability(probability);
  return (probability - observed(outcome)) ** 2;
}

/**
 * ln of the probability given to what happened: 0 for certain and right, ln ½ ≈ −0.693
 * for 50 %, −∞ for certain and wrong. Higher is better.
 */
export function logScore(probability: number, outcome: Outcome): number {
  assertProbability(probability);
  return Math.log(outcome === "yes" ? probability : 1 - probability);
}

export type ScoreSummary = { count: number; brier: number | null; log: number | null };

/** Mean Brier and log scores over resolved forecasts; null means with nothing resolved. */
export function summarizeScores(forecasts: readonly ScoredForecast[]): ScoreSummary {
  if (forecasts.length === 0) return { count: 0, brier: null, log: null };
  let brier = 0;
  let log = 0;
  for (const forecast of forecasts) {
    brier += brierScore(forecast.probability, forecast.outcome);
    log += logScore(forecast.probability, forecast.outcome);
  }
  return { count: forecasts.length, brier: brier / forecasts.length, log: log / forecasts.length };
}
