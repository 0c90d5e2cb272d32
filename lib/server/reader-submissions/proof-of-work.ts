import "server-only";
// The proof of work a reader's browser solves before a submission is taken (ALTCHA,
// self-hosted: no third-party service sees the reader). Challenges come from an uncached
// API route, so a claim page served from the rendered-page cache still gets a fresh one.
// A solved challenge is good once: its id is recorded in the shared rate-limit table, so
// a replayed payload fails on every instance (docs/decisions/0046-proof-of-work-and-rate-limits.md).
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, type Challenge } from "altcha-lib";
import { verify } from "altcha-lib/frameworks/shared";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";

/**
 * SHA-256 with a few rounds per attempt and a counter of some thousands: a second or two
 * in a phone's browser, cheap to verify, and dear for anyone sending thousands.
 */
export const PROOF_OF_WORK = { algorithm: "SHA-256", cost: 10, counterMin: 5_000, counterMax: 20_000, lifetimeSeconds: 10 * 60 } as const;

// Outside production (tests, development) a fixed secret is enough; production always has
// BETTER_AUTH_SECRET (scripts/serve.ts generates or requires it).
const DEVELOPMENT_SECRET = "proofboard-development-only-proof-of-work-secret";

function secrets() {
  const master = serverEnv().BETTER_AUTH_SECRET ?? DEVELOPMENT_SECRET;
  // Separate keys per use, so a leak of one signature scheme teaches nothing of the others.
  const derive = (label: string) => createHmac("sha256", master).update(`reader-proof-of-work:${label}`).digest("hex");
  return { challenge: derive("challenge"), key: derive("key") };
}

const globalForPow = globalThis as unknown as { proofboardPowReplay?: RateLimiterPrisma };

function replayGuard(): RateLimiterPrisma {
  globalForPow.proofboardPowReplay ??= new RateLimiterPrisma({
    storeClient: getDb(),
    tableName: "rateLimit",
    keyPrefix: "reader:pow-used",
    points: 1,
    duration: PROOF_OF_WORK.lifetimeSeconds,
  });
  return globalForPow.proofboardPowReplay;
}

const replayStore = {
  get: () => undefined,
  set: () => undefined,
  async setIfAbsent(key: string) {
    try {
      await replayGuard().consume(key);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) return false;
      throw error;
    }
  },
};

/** A fresh signed challenge, as the widget expects it from its challenge URL. */
export async function createReaderChallenge(): Promise<Challenge> {
  const keys = secrets();
  return createChallenge({
    algorithm: PROOF_OF_WORK.algorithm,
    cost: PROOF_OF_WORK.cost,
    counter: randomInt(PROOF_OF_WORK.counterMax, PROOF_OF_WORK.counterMin),
    expiresAt: new Date(Date.now() + PROOF_OF_WORK.lifetimeSeconds * 1000),
    deriveKey,
    hmacSignatureSecret: keys.challenge,
    hmacKeySignatureSecret: keys.key,
  });
}

/** Whether the payload solves a challenge we issued, in time, for the first time. */
export async function verifyProofOfWork(payload: unknown): Promise<{ ok: true } | { ok: false; reason: string }> {
  if (typeof payload !== "string" || payload.length === 0 || payload.length > 4000) return { ok: false, reason: "proof of work missing" };
  const keys = secrets();
  const result = await verify(payload, deriveKey, keys.challenge, keys.key, replayStore);
  return result.error ? { ok: false, reason: `proof of work: ${result.error}` } : { ok: true };
}
