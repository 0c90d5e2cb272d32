// The community forecast: the median of each forecaster's latest probability.
// Why the median and not the log-odds mean: docs/decisions/0035-forecast-questions.md.

export type ForecastEntry = { userId: string; probability: number; at: Date };

/** Median of the values; the mean of the two middle ones for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each forecaster's latest entry at or before `asOf` (all entries without it). */
export function latestPerForecaster(entries: readonly ForecastEntry[], asOf?: Date): ForecastEntry[] {
  const latest = new Map<string, ForecastEntry>();
  for (const entry of entries) {
    if (asOf && entry.at.getTime() > asOf.getTime()) continue;
    const previous = latest.get(entry.userId);
    // Ties at one instant: the later entry in input order wins, as it was written later.
    if (!previous || entry.at.getTime() >= previous.at.getTime()) latest.set(entry.userId, entry);
  }
  return [...latest.values()];
}

export type CommunityForecast = { probability: number | null; forecasters: number };

export function communityForecast(entries: readonly ForecastEntry[], asOf?: Date): CommunityForecast {
  const latest = latestPerForecaster(entries, asOf);
  return { probability: median(latest.map((entry) => entry.probability)), forecasters: latest.length };
}

export type CommunityPoint = { at: Date; probability: number; forecasters: number };

/** The community forecast after every entry, oldest first: the history chart's steps. */
export function communityHistory(entries: readonly ForecastEntry[]): CommunityPoint[] {
  const ordered = entries.map((entry, index) => ({ entry, index })).sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime() || a.index - b.index);
  const latest = new Map<string, number>();
  return ordered.map(({ entry }) => {
    latest.set(entry.userId, entry.probability);
    return { at: entry.at, probability: median([...latest.values()])!, forecasters: latest.size };
  });
}
