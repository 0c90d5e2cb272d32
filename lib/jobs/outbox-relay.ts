// Moves jobs from the outbox table (written by commands in their own transactions) into
// pg-boss, in one transaction per batch: a job leaves the outbox exactly when it is in the
// queue. FOR UPDATE SKIP LOCKED lets several workers relay at once without doubling a job.
import pg from "pg";
import type PgBoss from "pg-boss";
import { OUTBOX_CHANNEL } from "./enqueue";

type OutboxRow = { id: string; name: string; data: object; singletonKey: string | null; startAfter: Date | null };

const BATCH_SIZE = 100;

export type OutboxRelay = { drain(): Promise<number>; stop(): Promise<void> };

export async function startOutboxRelay(options: {
  connectionString: string;
  boss: PgBoss;
  /** Only these names are relayed; an unknown name waits for a worker that knows it. */
  knownNames: readonly string[];
  pollIntervalMs: number;
  onError: (error: Error) => void;
}): Promise<OutboxRelay> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2, application_name: "proofboard-outbox-relay" });
  pool.on("error", options.onError);
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  async function drainOnce(): Promise<number> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<OutboxRow>(
        `DELETE FROM job_outbox WHERE id IN (
           SELECT id FROM job_outbox WHERE name = ANY($1::text[]) ORDER BY id LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED
         ) RETURNING id, name, data, "singletonKey", "startAfter"`,
        [options.knownNames],
      );
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      for (const row of rows) {
        await options.boss.send(row.name, row.data, {
          db,
          ...(row.singletonKey ? { singletonKey: row.singletonKey } : {}),
          ...(row.startAfter ? { startAfter: row.startAfter } : {}),
        });
      }
      await client.query("COMMIT");
      return rows.length;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  // One drain at a time per process; a wake-up during a drain runs one more afterwards.
  async function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let moved = 0;
      do {
        again = false;
        let batch: number;
        do {
          batch = await drainOnce();
          moved += batch;
        } while (batch === BATCH_SIZE && !stopped);
      } while (again && !stopped);
      return moved;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const wake = () => {
    if (!stopped) drain().catch(options.onError);
  };

  const listener = await pool.connect();
  // A checked-out client reports a lost connection (PostgreSQL stopping, say on Ctrl-C,
  // which reaches it before the worker has closed) on itself, not on the pool: without
  // this listener that would crash the worker. The timer keeps polling meanwhile.
  listener.on("error", options.onError);
  listener.on("notification", wake);
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  const timer = setInterval(wake, options.pollIntervalMs);
  wake();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      listener.release();
      await pool.end().catch(() => undefined);
    },
  };
}
