import "server-only";
// How often readers may submit: per client address (one person, or one office behind a
// NAT: generous) and per claim or tracker (a pile-on against one record: tighter than the
// sum of a few honest readers). rate-limiter-flexible on the shared Prisma store, so every
// instance counts together, as for sign-in (lib/auth/rate-limit.ts).
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";

export const READER_SUBMISSION_LIMITS = {
  perIp: { points: 20, durationSeconds: 60 * 60 },
  perTarget: { points: 30, durationSeconds: 60 * 60 },
} as const;

const globalForLimits = globalThis as unknown as { proofboardReaderLimiters?: Record<"ip" | "target", RateLimiterPrisma> };

function limiters() {
  globalForLimits.proofboardReaderLimiters ??= {
    ip: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimit",
      keyPrefix: "reader:ip",
      points: READER_SUBMISSION_LIMITS.perIp.points,
      duration: READER_SUBMISSION_LIMITS.perIp.durationSeconds,
    }),
    target: new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimit",
      keyPrefix: "reader:target",
      points: READER_SUBMISSION_LIMITS.perTarget.points,
      duration: READER_SUBMISSION_LIMITS.perTarget.durationSeconds,
    }),
  };
  return globalForLimits.proofboardReaderLimiters;
}

/** Counts one submission against the address and the record; false when either is over its limit. */
export async function takeSubmissionAllowance(ip: string, target: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  for (const [name, key] of [
    ["ip", ip || "unknown"],
    ["target", target],
  ] as const) {
    try {
      await limiters()[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) return { ok: false, reason: `rate limit per ${name === "ip" ? "address" : "record"}` };
      throw error;
    }
  }
  return { ok: true };
}
