// Test-facing database helpers. Each integration test file runs on its own database,
// cloned from a migrated template (see tests/README.md).
import { inject } from "vitest";
import { getDb, type Db } from "@/lib/db/client";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres-admin";

/** The current test file's Prisma client, on the file's own database. */
export function testDb(): Db {
  return getDb();
}

/** A connection string that may create and drop databases on the test server. */
export function adminDatabaseUrl(): string {
  return inject("databaseAdminUrl");
}

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

/**
 * Another database on the test server, empty or cloned from the migrated template.
 * Drop it when done (e.g. in afterAll); global teardown sweeps any left behind.
 */
export async function createScratchDatabase(options: { migrated: boolean }): Promise<ScratchDatabase> {
  const adminUrl = adminDatabaseUrl();
  const name = uniqueDatabaseName(inject("databasePrefix"));
  const url = await createDatabase(adminUrl, name, options.migrated ? inject("databaseTemplate") : undefined);
  return { name, url, drop: () => dropDatabase(adminUrl, name) };
}
