// The session-signing secret. Production must set BETTER_AUTH_SECRET; embedded/demo
// mode generates one once and keeps it in the git-ignored data folder.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ServerEnv } from "../../lib/env";

export function resolveAuthSecret(env: ServerEnv): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    throw new Error("BETTER_AUTH_SECRET: required in production (at least 32 random characters, e.g. `openssl rand -base64 32`).");
  }
  const file = path.join(env.PROOFBOARD_DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(env.PROOFBOARD_DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
