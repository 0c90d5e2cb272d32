// The database bootstrap every start of the app relies on: our migration runner on a
// real PostgreSQL, its bookkeeping in Prisma's table, and the schema/migration drift check.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { adminDatabaseUrl, createScratchDatabase, testDb, type ScratchDatabase } from "../support/db";

const run = promisify(execFile);

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("migrations on an empty database", () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createScratchDatabase({ migrated: false });
  });
  afterAll(() => scratch.drop());

  it("apply every migration once, in folder order, and a second run applies none", async () => {
    const folders = (await readMigrations()).map((migration) => migration.name);
    expect(folders.length).toBeGreaterThan(0);

    expect(await applyMigrations(scratch.url)).toEqual(folders);
    expect(await applyMigrations(scratch.url)).toEqual([]);
  });

  it("record each migration in _prisma_migrations with its checksum, finished", async () => {
    const migrations = await readMigrations();
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      scratch.url,
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => [row.migration_name, row.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
  });
});

describe("the per-file test database", () => {
  it("is cloned from the migrated template: nothing is pending and Prisma can query it", async () => {
    expect(await applyMigrations(process.env.DATABASE_URL!)).toEqual([]);
    const [row] = await testDb().$queryRaw<{ database: string }[]>`SELECT current_database()::text AS database`;
    expect(row?.database).toMatch(/^proofboard_test_/);
  });
});

describe("prisma/schema.prisma", () => {
  it("has no change that the committed migrations do not capture", async () => {
    // The JavaScript schema engine needs a reachable server even for this offline diff;
    // it replays the migrations in a shadow database there (docs/decisions/0001-prisma-6-with-the-javascript-engine.md).
    const result = await run(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
      { env: { ...process.env, DATABASE_URL: adminDatabaseUrl() }, timeout: 60_000 },
    ).then(
      () => ({ code: 0, output: "" }),
      (error: { code?: number; stdout?: string; stderr?: string }) => ({
        code: error.code ?? -1,
        output: `${error.stdout ?? ""}${error.stderr ?? ""}`,
      }),
    );
    // 2 means the schema has changes no migration captures: run `npm run db:new-migration -- <name>`.
    expect(result, result.output).toEqual({ code: 0, output: "" });
  });
});
