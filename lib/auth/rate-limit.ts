import "server-only";
// Sign-in throttling. Past a few free typos, a wrong password makes the next attempt
// from the same client address for the same account wait, and the wait doubles with
// each failure (1 s, 2 s, 4 s … up to 15 minutes). Times are clock_timestamp(), not now():
// concurrent attempts wait on the row lock, and now() would be the time each one began. The right password from another address is not slowed, so
// nobody can lock a reviewer out by guessing wrong on purpose. Two ceilings stop what
// that alone would let through: an account that fails from many addresses starts
// doubling for every address past ACCOUNT_FREE_FAILURES, and one address is limited
// across all accounts (rate-limiter-flexible on the shared Prisma store). The account key
// is the normalized email whether or not such an account exists, so the throttle never
// reveals which emails have accounts. Rows live in PostgreSQL: instances share them.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

export const SIGN_IN_LIMITS = {
  /** Failures an account takes from one address before that address waits (typos are free). */
  pairFreeFailures: 3,
  /** First wait past the free failures; doubles per failure. */
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  /** Failures across all addresses an account takes before every address waits too. */
  accountFreeFailures: 20,
  /** Failures are forgotten after a quiet day. */
  forgetAfterSeconds: 24 * 60 * 60,
  perIp: { points: 60, durationSeconds: 15 * 60 },
} as const;

const globalForLimiter = globalThis as unknown as { proofboardSignInIpLimiter?: RateLimiterPrisma };

function ipLimiter(): RateLimiterPrisma {
  globalForLimiter.proofboardSignInIpLimiter ??= new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: "rateLimit",
    keyPrefix: "sign-in:ip",
    points: SIGN_IN_LIMITS.perIp.points,
    duration: SIGN_IN_LIMITS.perIp.durationSeconds,
  });
  return globalForLimiter.proofboardSignInIpLimiter;
}

export function accountKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

function tooMany(msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${wait}.`, {
    details: { retryAfterSeconds: seconds },
  });
}

/**
 * Counts one attempt before the password is checked, and throws RATE_LIMITED while this
 * account is throttled for this address (or everywhere), or the address is over its limit.
 * Each counter is one atomic upsert that only goes through once the current wait is over,
 * so of a burst of simultaneous guesses one is checked and the rest wait. Every attempt
 * counts as a failure until it succeeds (signInSucceeded takes it back).
 */
export async function reserveSignInAttempt(email: string, ip: string): Promise<void> {
  const accountKey = accountKeyOf(email);
  try {
    await ipLimiter().consume(ip || "unknown");
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error.msBeforeNext);
    throw error;
  }
  const { baseDelaySeconds: base, maxDelaySeconds: max, forgetAfterSeconds: forget } = SIGN_IN_LIMITS;
  // The pair first: guesses an address makes while it waits must not count toward the
  // account-wide ceiling, or one address could still slow everyone down.
  for (const [scope, key, free] of [
    ["pair", ip, SIGN_IN_LIMITS.pairFreeFailures],
    ["account", "", SIGN_IN_LIMITS.accountFreeFailures],
  ] as const) {
    const reserved = await getDb().$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttles AS t (scope, "accountKey", ip, failures, "blockedUntil", "lastFailedAt")
      VALUES (${scope}, ${accountKey}, ${key}, 1, clock_timestamp(), clock_timestamp())
      ON CONFLICT (scope, "accountKey", ip) DO UPDATE SET
        failures = CASE WHEN t."lastFailedAt" < clock_timestamp() - make_interval(secs => ${forget}) THEN 1 ELSE t.failures + 1 END,
        "lastFailedAt" = clock_timestamp(),
        "blockedUntil" = clock_timestamp() + make_interval(secs => CASE
          WHEN t."lastFailedAt" < clock_timestamp() - make_interval(secs => ${forget}) THEN 0
          WHEN t.failures + 1 > ${free} THEN least(${max}, ${base} * power(2, least(30, t.failures - ${free})))
          ELSE 0 END)
      -- The columns keep milliseconds, rounded: a wait that has just ended can be stored up to
      -- half a millisecond ahead of the clock, so the clock is rounded the same way before the
      -- comparison, or the next guess of a burst would find a wait that was never started.
      WHERE t."blockedUntil" <= clock_timestamp()::timestamp(3)
      RETURNING failures`;
    if (reserved.length === 0) {
      const row = await getDb().signInThrottle.findUnique({
        where: { scope_accountKey_ip: { scope, accountKey, ip: key } },
        select: { blockedUntil: true },
      });
      throw tooMany((row?.blockedUntil.getTime() ?? Date.now() + 1000) - Date.now());
    }
  }
}

/** A wrong password: the waits the reservation started count from now, after the slow password check. */
export async function signInFailed(email: string, ip: string): Promise<void> {
  await getDb().$executeRaw`
    UPDATE sign_in_throttles
    SET "blockedUntil" = "blockedUntil" + (clock_timestamp() - "lastFailedAt"), "lastFailedAt" = clock_timestamp()
    WHERE "accountKey" = ${accountKeyOf(email)} AND ((scope = 'pair' AND ip = ${ip}) OR (scope = 'account' AND ip = ''))
      AND "blockedUntil" > "lastFailedAt"`;
}

/** The right password: this address's failures for the account are forgotten, and the attempt no longer counts against the account. */
export async function signInSucceeded(email: string, ip: string): Promise<void> {
  const accountKey = accountKeyOf(email);
  await getDb().signInThrottle.deleteMany({ where: { scope: "pair", accountKey, ip } });
  await getDb().signInThrottle.updateMany({
    where: { scope: "account", accountKey, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}
