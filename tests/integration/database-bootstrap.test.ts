// The database bootstrap every start of the app relies on: our migration runner on a
// real PostgreSQL, its bookkeeping in Prisma's table, and the schema/migration drift check.
import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
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

  it("create every table prisma/schema.prisma maps a model to, and record each migration as finished", async () => {
    const fresh = await createScratchDatabase({ migrated: false });
    try {
      await applyMigrations(fresh.url);
      await expectSchemaTablesAndFinishedMigrations(fresh.url);
    } finally {
      await fresh.drop();
    }
  });
});

/** The schema's tables exist (read from schema.prisma, not from the runner) and every migration finished. */
async function expectSchemaTablesAndFinishedMigrations(url: string) {
  const schema = await readFile("prisma/schema.prisma", "utf8");
  const mapped = [...schema.matchAll(/@@map\("([^"]+)"\)/g)].map((match) => match[1]!).sort();
  expect(mapped.length).toBeGreaterThan(5);
  const tables = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  expect(tables.map((row) => row.table_name).sort()).toEqual([...mapped, "_prisma_migrations"].sort());

  const rows = await query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    url,
    `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  expect(rows.map((row) => row.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
  for (const row of rows) {
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(row.rolled_back_at).toBeNull();
  }
}

describe("the migration runner's guards", () => {
  let dir: string;
  beforeAll(async () => {
    // A copy of the migrations, so this test can edit one without touching the repository.
    dir = await mkdtemp(path.join(os.tmpdir(), "proofboard-migrations-"));
    await cp("prisma/migrations", dir, { recursive: true });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("refuses to run when an applied migration's file has changed, naming the file, and applies nothing", async () => {
    const scratch = await createScratchDatabase({ migrated: false });
    try {
      const [first] = await readMigrations(dir);
      expect(await applyMigrations(scratch.url, dir)).toHaveLength((await readMigrations(dir)).length);
      const file = path.join(dir, first!.name, "migration.sql");
      await appendFile(file, "\n-- an edit after the fact\n");

      const refusal = applyMigrations(scratch.url, dir);
      await expect(refusal).rejects.toThrow(path.relative(process.cwd(), file));
      await expect(refusal).rejects.toThrow(/changed after it was applied/);
      const [row] = await query<{ count: string }>(scratch.url, `SELECT count(*)::text AS count FROM "_prisma_migrations"`);
      expect(Number(row!.count)).toBe((await readMigrations(dir)).length);
    } finally {
      await scratch.drop();
    }
  });

  it("serialises concurrent starts: one applies every migration, the others find nothing to do", async () => {
    const scratch = await createScratchDatabase({ migrated: false });
    try {
      const names = (await readMigrations()).map((migration) => migration.name);
      const results = await Promise.all(Array.from({ length: 4 }, () => applyMigrations(scratch.url)));
      expect(results.filter((applied) => applied.length > 0)).toEqual([names]);
      expect(results.filter((applied) => applied.length === 0)).toHaveLength(3);
      const rows = await query<{ migration_name: string }>(scratch.url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
      expect(rows.map((row) => row.migration_name)).toEqual(names);
    } finally {
      await scratch.drop();
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
    // The CLI run may take up to its own 60 s limit on a loaded machine; the test waits for it.
  }, 90_000);
});
