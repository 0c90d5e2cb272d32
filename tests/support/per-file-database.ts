// Vitest setup file of the integration project: gives each test file its own database,
// cloned from the migrated template that global-setup.ts built, and points
// DATABASE_URL at it before the test file is imported. Files run in parallel without
// seeing each other's rows, and nothing needs cleaning between files.
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { installConsoleGuard } from "./console-guard";
import { createDatabase, dropDatabase, uniqueDatabaseName } from "./postgres-admin";

const adminUrl = inject("databaseAdminUrl");
const template = inject("databaseTemplate");
if (!adminUrl || !template) {
  throw new Error("No test database server: run integration tests through the Vitest `integration` project (tests/support/global-setup.ts).");
}

const database = uniqueDatabaseName(inject("databasePrefix"));
// CREATE DATABASE … TEMPLATE copies the migrated schema at file-copy speed.
process.env.DATABASE_URL = await createDatabase(adminUrl, database, template);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(adminUrl, database);
});

installConsoleGuard();
