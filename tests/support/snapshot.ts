// Whole-database snapshots, to prove that a refused command changed no row: every
// table of the schema, every row in full (statuses, roles, versions, timestamps,
// password hashes). Cheap on a per-file test database of a few hundred rows.
import { expect } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { quoteIdentifier } from "./postgres-admin";

/** Table name → its rows as JSON text, sorted. */
export type DatabaseSnapshot = Record<string, string[]>;

let tables: string[] | undefined;

async function listTables(): Promise<string[]> {
  tables ??= (
    await getDb().$queryRaw<{ name: string }[]>`
      SELECT tablename::text AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'
      ORDER BY tablename`
  ).map((row) => row.name);
  return tables;
}

export async function snapshotDatabase(): Promise<DatabaseSnapshot> {
  const names = await listTables();
  const query = names
    .map(
      (name) =>
        `SELECT ${`'${name.replaceAll("'", "''")}'`}::text AS "table", coalesce(array_agg(to_jsonb(t)::text ORDER BY to_jsonb(t)::text), '{}') AS rows FROM ${quoteIdentifier(name)} t`,
    )
    .join(" UNION ALL ");
  const rows = await getDb().$queryRawUnsafe<{ table: string; rows: string[] }[]>(query);
  return Object.fromEntries(rows.map((row) => [row.table, row.rows]));
}

export function rowCounts(snapshot: DatabaseSnapshot): Record<string, number> {
  return Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.length]));
}

/** Asserts that no row of any table was added, removed or changed since `before`. */
export async function expectDatabaseUnchanged(before: DatabaseSnapshot): Promise<void> {
  const after = await snapshotDatabase();
  // Counts first: the diff of a count is readable where a diff of JSON rows is not.
  expect(rowCounts(after)).toEqual(rowCounts(before));
  expect(after).toEqual(before);
}

/**
 * Runs `call`, which must reject with an AppError of `code`, and returns the error.
 * Anything else (success, another code, a plain Error that would be a 500) fails.
 */
export async function expectAppError(call: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error = await call.then(
    (value) => {
      throw new Error(`expected AppError ${code}, but the call succeeded with ${JSON.stringify(value)?.slice(0, 300)}`);
    },
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected AppError ${code}, got ${String(error)}`, { cause: error });
  expect(error.code, error.message).toBe(code);
  return error;
}
