// Faults and pauses injected into the test database with triggers, to reach states the
// commands only reach under failure or bad timing: a write that fails half-way through
// a transaction, or an insert held back while another transaction commits.
import pg from "pg";
import { getDb } from "@/lib/db/client";
import { quoteIdentifier } from "./postgres-admin";

let triggerCount = 0;

/**
 * Runs `work` while a BEFORE INSERT trigger on `table` runs `plpgsql` (a statement list
 * that may RAISE). The trigger is dropped afterwards, even if `work` throws.
 */
export async function withInsertTrigger<T>(table: string, plpgsql: string, work: () => Promise<T>): Promise<T> {
  const name = `test_fault_${++triggerCount}`;
  const db = getDb();
  await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN ${plpgsql} RETURN NEW; END $fn$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON ${quoteIdentifier(table)} FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  try {
    return await work();
  } finally {
    await db.$executeRawUnsafe(`DROP TRIGGER ${name} ON ${quoteIdentifier(table)}`);
    await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}

/** Makes every insert into `table` fail with `message`, for the duration of `work`. */
export function failingInserts<T>(table: string, message: string, work: () => Promise<T>, when = "true"): Promise<T> {
  return withInsertTrigger(table, `IF ${when} THEN RAISE EXCEPTION '%', ${quoteLiteral(message)}; END IF;`, work);
}

const GATE_KEY = 72_750_099;

/**
 * Holds every insert into `table` at a gate until `open()` is called: `started()` resolves
 * once an insert is waiting there. Lets a test put another transaction's commit between
 * a command's read and its write, which is what a race does by chance.
 */
export async function gateInserts(table: string) {
  const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
  await holder.query("SELECT pg_advisory_lock($1)", [GATE_KEY]);
  const name = `test_gate_${++triggerCount}`;
  const db = getDb();
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN PERFORM pg_advisory_xact_lock_shared(${GATE_KEY}); RETURN NEW; END $fn$`,
  );
  await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON ${quoteIdentifier(table)} FOR EACH ROW EXECUTE FUNCTION ${name}()`);

  return {
    /** Resolves when some transaction waits at the gate. */
    async started(timeoutMs = 10_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await holder.query(
          "SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND NOT granted",
          [GATE_KEY],
        );
        if (rows[0].waiting > 0) return;
        if (Date.now() > deadline) throw new Error(`no insert into ${table} reached the gate within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    /** Lets the held inserts through and removes the gate. */
    async open(): Promise<void> {
      try {
        await holder.query("SELECT pg_advisory_unlock($1)", [GATE_KEY]);
      } finally {
        await holder.end();
        await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON ${quoteIdentifier(table)}`);
        await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
      }
    },
  };
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
