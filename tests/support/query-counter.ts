// Counts the Prisma operations the app makes, by swapping the app's one Prisma client
// (lib/db/client.ts keeps it on globalThis) for an extended client that counts and
// passes every operation through. Proves that a warm cache makes no database query.
import { getDb, type Db } from "@/lib/db/client";

const holder = globalThis as unknown as { proofboardPrisma?: Db };

export type QueryCounter = { readonly count: number; reset: () => void; restore: () => void };

export function countDatabaseQueries(): QueryCounter {
  const base = getDb();
  let count = 0;
  const counting = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        count += 1;
        return query(args);
      },
    },
  });
  holder.proofboardPrisma = counting as unknown as Db;
  return {
    get count() {
      return count;
    },
    reset: () => {
      count = 0;
    },
    restore: () => {
      holder.proofboardPrisma = base;
    },
  };
}
