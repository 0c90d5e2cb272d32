// Logical backups of the whole database as one JSON document: every row of every table,
// and the migrations the schema was at. Plain SQL over a normal connection, so it works
// on the embedded server (which ships no pg_dump) and on any DATABASE_URL alike.
// Restoring migrates the target to the same schema, then replaces every row, parents
// before children, in one transaction: a failed restore leaves the target as it was.
import pg from "pg";
import { applyMigrations } from "./migrate";

export const BACKUP_FORMAT = "proofboard-backup";
export const BACKUP_VERSION = 1;

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  migrations: string[];
  tables: Record<string, unknown[]>;
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Data tables, parents before children (by foreign key), so rows can be inserted in this order. */
async function tablesInInsertOrder(client: pg.Client): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(
      `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    )
  ).rows.map((row) => row.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid <> c.confrelid`,
    )
  ).rows.map((edge) => ({ child: edge.child.replace(/^"|"$/g, ""), parent: edge.parent.replace(/^"|"$/g, "") }));
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((table) => !edges.some((edge) => edge.child === table && remaining.has(edge.parent)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...remaining].join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      remaining.delete(table);
    }
  }
  return ordered;
}

export async function backupDatabase(url: string): Promise<Backup> {
  return withClient(url, async (client) => {
    // One snapshot of every table, even while the app keeps writing.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const migrations = (
        await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)
      ).rows.map((row) => row.name);
      const tables: Record<string, unknown[]> = {};
      for (const table of await tablesInInsertOrder(client)) {
        const { rows } = await client.query<{ rows: unknown[] }>(`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM ${quote(table)} t`);
        tables[table] = rows[0]!.rows;
      }
      return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), migrations, tables };
    } finally {
      await client.query("ROLLBACK");
    }
  });
}

export function parseBackup(text: string): Backup {
  let value: Partial<Backup>;
  try {
    value = JSON.parse(text) as Partial<Backup>;
  } catch {
    throw new Error("The backup file is not JSON; is it a Proofboard backup?");
  }
  if (value.format !== BACKUP_FORMAT || value.version !== BACKUP_VERSION || !Array.isArray(value.migrations) || typeof value.tables !== "object") {
    throw new Error(`The backup file is not a ${BACKUP_FORMAT} version ${BACKUP_VERSION} document.`);
  }
  return value as Backup;
}

/** Replaces every row of the target with the backup's. The target is migrated first and must end at the backup's schema. */
export async function restoreDatabase(url: string, backup: Backup): Promise<{ rows: number }> {
  await applyMigrations(url);
  return withClient(url, async (client) => {
    const applied = (
      await client.query<{ name: string }>(`SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`)
    ).rows.map((row) => row.name);
    const missing = backup.migrations.filter((name) => !applied.includes(name));
    if (missing.length > 0) {
      throw new Error(`The backup was made by a newer version of Proofboard (migration ${missing[0]} is unknown here): upgrade first.`);
    }
    const order = await tablesInInsertOrder(client);
    const unknown = Object.keys(backup.tables).filter((table) => !order.includes(table));
    if (unknown.length > 0) throw new Error(`The backup holds a table this schema lacks: ${unknown[0]}.`);
    await client.query("BEGIN");
    try {
      await client.query(`TRUNCATE ${order.map(quote).join(", ")}`);
      let rows = 0;
      for (const table of order) {
        const data = backup.tables[table] ?? [];
        if (data.length === 0) continue;
        // Generated columns (the search vectors) are computed again, never written.
        const columns = (
          await client.query<{ name: string }>(
            `SELECT attname::text AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
            [quote(table)],
          )
        ).rows.map((row) => quote(row.name));
        await client.query(
          `INSERT INTO ${quote(table)} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
          [JSON.stringify(data)],
        );
        rows += data.length;
      }
      await client.query("COMMIT");
      return { rows };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}
