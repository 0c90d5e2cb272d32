import "server-only";
// better-auth: email + password accounts, sessions stored in PostgreSQL. Created on
// first use (the Prisma client is lazy too). No HTTP handler is mounted: sign-in,
// sign-out and password changes go through our server actions, which add the
// per-account and per-IP rate limit in front of better-auth.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { getDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";

export const MIN_PASSWORD_LENGTH = 12;
export const SESSION_DAYS = 7;

function createAuth() {
  const env = serverEnv();
  const db = getDb();
  return betterAuth({
    appName: "Proofboard",
    baseURL: env.PUBLIC_BASE_URL,
    secret: env.BETTER_AUTH_SECRET,
    database: prismaAdapter(db, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by admins (or `npm run user:create`), never by sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    session: {
      expiresIn: SESSION_DAYS * 24 * 60 * 60,
      updateAge: 24 * 60 * 60,
      // No cookie cache: every request reads the session row, so deleting a user's
      // sessions (deactivation) signs them out at once.
      cookieCache: { enabled: false },
    },
    advanced: {
      useSecureCookies: env.NODE_ENV === "production" && env.PUBLIC_BASE_URL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    // Our own limiter runs in the sign-in action, where it can key on the account too.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          // The password was right, but a deactivated account gets no session.
          before: async (session) => {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
            if (!user || user.deactivatedAt) {
              throw new APIError("FORBIDDEN", { message: "This account is deactivated. Ask an admin to reactivate it." });
            }
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { proofboardAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.proofboardAuth ??= createAuth();
  return globalForAuth.proofboardAuth;
}
