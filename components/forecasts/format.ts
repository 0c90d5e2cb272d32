// How forecast numbers read: probabilities as whole percents, scores to three decimals.

export function formatPercent(probability: number | null): string {
  if (probability === null) return "–";
  return `${Math.round(probability * 1000) / 10}%`.replace(/\.0%$/, "%");
}

export function formatScore(score: number | null): string {
  return score === null ? "–" : score.toFixed(3);
}

export const STATE_LABELS = {
  open: "Open for forecasts",
  closed: "Closed, awaiting resolution",
  yes: "Resolved yes",
  no: "Resolved no",
  annulled: "Annulled",
} as const;
