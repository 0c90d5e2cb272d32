// Every cron schedule of the worker, in one place (UTC). pg-boss stores them and sends
// each tick once however many workers run.
import type { JobName } from "./definitions";

export type Schedule = { name: JobName; cron: string; data?: Record<string, unknown> };

export const SCHEDULES: readonly Schedule[] = [
  // Questions resolve no once their resolve-by day has ended unticked (UTC).
  { name: "forecasts.resolve-due", cron: "*/15 * * * *" },
  // Hourly: each run queues the items whose last check is a week old, so a week's checks
  // are spread over the week rather than fired at once (lib/server/link-health/sweep.ts).
  { name: "link-health.sweep", cron: "17 * * * *" },
  // Digests at 07:00 UTC: daily every day, weekly on Mondays.
  { name: "notifications.daily-digest", cron: "0 7 * * *" },
  { name: "notifications.weekly-digest", cron: "5 7 * * 1" },
  // The webhook delivery log keeps 30 days.
  { name: "notifications.prune", cron: "40 3 * * *" },
];
