import "server-only";
// Sign-in attempts are limited per account and per IP (rate-limiter-flexible with its
// Prisma store, so several app instances share the counters). The account key is
// the normalized email whether or not such an account exists: the limit itself must
// not reveal which emails have accounts.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const SIGN_IN_LIMITS = {
  perAccount: { points: 5, durationSeconds: 15 * 60 },
  perIp: { points: 30, durationSeconds: 15 * 60 },
} as const;

type Limiters = { account: RateLimiterPrisma; ip: RateLimiterPrisma };
const globalForLimiters = globalThis as unknown as { proofboardSignInLimiters?: Limiters };

function limiters(): Limiters {
  globalForLimiters.proofboardSignInLimiters ??= {
    account: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimit",
      keyPrefix: "sign-in:account",
      points: SIGN_IN_LIMITS.perAccount.points,
      duration: SIGN_IN_LIMITS.perAccount.durationSeconds,
    }),
    ip: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimit",
      keyPrefix: "sign-in:ip",
      points: SIGN_IN_LIMITS.perIp.points,
      duration: SIGN_IN_LIMITS.perIp.durationSeconds,
    }),
  };
  return globalForLimiters.proofboardSignInLimiters;
}

function tooMany(res: RateLimiterRes): AppError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError("RATE_LIMITED", `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
    details: { retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) },
  });
}

/** Counts one attempt for the account and the IP; throws RATE_LIMITED past either limit. */
export async function consumeSignInAttempt(email: string, ip: string): Promise<void> {
  const { account, ip: byIp } = limiters();
  const accountKey = email.trim().toLowerCase();
  try {
    await Promise.all([account.consume(accountKey), byIp.consume(ip || "unknown")]);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error);
    throw error;
  }
}

/** A successful sign-in clears the account's failures (the IP budget stays). */
export async function resetAccountAttempts(email: string): Promise<void> {
  await limiters().account.delete(email.trim().toLowerCase());
}
