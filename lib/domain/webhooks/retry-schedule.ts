// When a failed webhook delivery is tried again, and when an endpoint that keeps failing is
// switched off. The schedule is Standard Webhooks' suggestion: immediately, then 5 s, 5 min,
// 30 min, 2 h, 5 h, 10 h and 10 h (about 28 hours in all).
export const WEBHOOK_RETRY_DELAYS_SECONDS = [5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 10 * 3600] as const;

/** All attempts of one delivery: the first and one per delay. */
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_DELAYS_SECONDS.length + 1;

/** An endpoint whose deliveries have failed without a single success for this long is disabled. */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;

/** The 30-day delivery log. */
export const WEBHOOK_LOG_DAYS = 30;

/** Attempts must answer within this; a slow receiver should queue the work and answer at once. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** After `attemptsMade` failed attempts: the wait before the next, or null when they are spent. */
export function nextAttemptDelaySeconds(attemptsMade: number): number | null {
  if (attemptsMade < 1) return 0;
  return WEBHOOK_RETRY_DELAYS_SECONDS[attemptsMade - 1] ?? null;
}

export function shouldDisableEndpoint(failingSince: Date | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= WEBHOOK_DISABLE_AFTER_MS;
}

/** 2xx is success; anything else (and no answer) is a failure to retry. */
export function isDeliverySuccess(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}
