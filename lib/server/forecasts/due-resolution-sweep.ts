import "server-only";
// Where resolveDueForecastQuestions runs: the worker's "forecasts.resolve-due" schedule
// (lib/jobs/schedules.ts), and before the public forecast reads, at most once a minute per
// instance, so a reader never sees a question open past its day while no worker runs.
import { invalidatePublicData } from "@/lib/server/public/cache";
import { resolveDueForecastQuestions } from "./resolve-due-forecast-questions";

const SWEEP_INTERVAL_MS = 60_000;
let lastSweepAt = 0;
let running: Promise<void> | null = null;

/** Resolves due questions (throttled unless `force`) and drops the cache of trackers it changed. Never throws. */
export function sweepDueForecastQuestions(options: { force?: boolean; now?: Date } = {}): Promise<void> {
  const now = options.now ?? new Date();
  if (running) return running;
  if (!options.force && now.getTime() - lastSweepAt < SWEEP_INTERVAL_MS) return Promise.resolve();
  lastSweepAt = now.getTime();
  running = (async () => {
    try {
      const resolved = await resolveDueForecastQuestions(now);
      for (const trackerId of new Set(resolved.map((entry) => entry.trackerId))) await invalidatePublicData(trackerId);
    } catch (error) {
      // A reader's page must not fail because the sweep did; the next read tries again.
      lastSweepAt = 0;
      console.error("Could not resolve due forecast questions:", error instanceof Error ? error.message : error);
    } finally {
      running = null;
    }
  })();
  return running;
}
