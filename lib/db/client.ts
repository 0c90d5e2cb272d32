// The one Prisma client of the app. Created on first use, not at import: Next.js
// imports route modules at build time, when there is no database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { currentRenderContext } from "@/lib/server/public/render-context";

export type Db = PrismaClient;

const globalForPrisma = globalThis as unknown as { proofboardPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = serverEnv().DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: serverEnv().DATABASE_POOL_SIZE }),
    log: [{ emit: "event", level: "query" }],
  });
  // Counts SQL statements per public render (the page server reports them in Server-Timing).
  client.$on("query", () => {
    const context = currentRenderContext();
    if (context) context.statements += 1;
  });
  return client;
}

export function getDb(): PrismaClient {
  // Kept on globalThis so hot reloads in development reuse one pool.
  globalForPrisma.proofboardPrisma ??= createClient();
  return globalForPrisma.proofboardPrisma;
}

/** Closes the pool (scripts and tests); the next getDb() opens a new one. */
export async function disconnectDb(): Promise<void> {
  const client = globalForPrisma.proofboardPrisma;
  globalForPrisma.proofboardPrisma = undefined;
  await client?.$disconnect();
}
