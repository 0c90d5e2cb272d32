// While the database is down, pages and public outputs answer 503 with Retry-After and a
// friendly page instead of a 500. A response that is about to be a 5xx is held back until
// a fresh probe of PostgreSQL has answered: unreachable, and it is replaced by the 503;
// reachable, and the original goes out unchanged. So the first request of an outage already
// gets the 503, not a 500 that depends on when a timer last ran. Pages the public cache can
// still serve keep answering 200 (docs/decisions/0025-http-server-in-front-of-nextjs.md).
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import { sendRefusal, wantsHtml } from "./refusal-response";

export const RETRY_AFTER_SECONDS = 5;

/** True when the database answers; never throws. */
export type DatabaseProbe = () => Promise<boolean>;

/** One SELECT 1 on a fresh connection, with short timeouts. */
export function postgresProbe(url: string): DatabaseProbe {
  return async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500, query_timeout: 1_500 });
    // A connection that breaks after connecting emits "error"; the failed query reports it.
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
}

export class DatabaseMonitor {
  private down = false;
  private failures = 0;
  private probing: Promise<boolean> | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly probeDatabase: DatabaseProbe,
    private readonly intervalMs = 2_000,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  start(): void {
    this.timer = setInterval(() => void this.probe(false), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /**
   * Probes now (concurrent callers share one probe) and says whether the database is down.
   * A timed probe needs two failures in a row, so one slow connection on a loaded machine
   * is no outage; after a 5xx (`afterError`), that error and one failed probe are enough.
   */
  probe(afterError = true): Promise<boolean> {
    this.probing ??= this.probeDatabase()
      .then((reachable) => {
        this.failures = reachable ? 0 : this.failures + 1;
        const down = !reachable && (afterError || this.failures >= 2);
        if (down !== this.down) console.warn(down ? "Database unreachable: answering 503 until it is back." : "Database reachable again.");
        if (reachable || down) this.down = down;
        return this.down;
      })
      .finally(() => {
        this.probing = null;
      });
    return this.probing;
  }
}

type Call = { kind: "writeHead" | "write" | "end"; args: unknown[] };

/**
 * Holds back a 5xx response (other than a 503) until the monitor has probed the database,
 * then replaces it with a 503 when the database is down or lets it out unchanged.
 */
export function answerOutagesWith503(request: IncomingMessage, response: ServerResponse, monitor: DatabaseMonitor): void {
  const path = (request.url ?? "/").split("?")[0]!;
  if (path === "/api/health") return;
  const original = {
    writeHead: response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse,
    write: response.write.bind(response) as (...args: unknown[]) => boolean,
    end: response.end.bind(response) as (...args: unknown[]) => ServerResponse,
  };
  let held: Call[] | null = null;
  let decided = false;

  const isError = (status: number) => status >= 500 && status !== 503;
  const restore = () => {
    response.writeHead = original.writeHead as never;
    response.write = original.write as never;
    response.end = original.end as never;
  };
  const hold = (call: Call) => {
    if (held) {
      held.push(call);
      return;
    }
    held = [call];
    void monitor
      .probe()
      .then((down) => {
        decided = true;
        const calls = held!;
        restore();
        // Headers already on the wire (something flushed them while the probe ran) cannot be
        // replaced by a 503: the held calls go out as they were.
        if (!down || response.headersSent) {
          for (const { kind, args } of calls) original[kind](...args);
          return;
        }
        for (const name of response.getHeaderNames()) if (name !== "strict-transport-security") response.removeHeader(name);
        sendRefusal(response, {
          status: 503,
          code: "UNAVAILABLE",
          title: "Proofboard is temporarily unavailable",
          message: "The database is not answering. Nothing has been lost; please try again in a few seconds.",
          html: wantsHtml(request.headers.accept, path),
          headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
        });
      })
      .catch((error: unknown) => {
        // Never an unhandled rejection: the one request fails, the server goes on.
        console.error(`Answering ${path} during a database outage failed:`, error instanceof Error ? error.message : error);
        response.destroy();
      });
  };
  // Next.js either calls writeHead(status) or sets statusCode and calls write/end, whose
  // implicit writeHead comes back here once the decision has let the response out.
  const startsAnError: Record<Call["kind"], (args: unknown[]) => boolean> = {
    writeHead: (args) => isError(Number(args[0])),
    write: () => !response.headersSent && isError(response.statusCode),
    end: () => !response.headersSent && isError(response.statusCode),
  };
  const heldReturn = { writeHead: response, write: true, end: response };
  for (const kind of ["writeHead", "write", "end"] as const) {
    response[kind] = ((...args: unknown[]) => {
      if (decided || !(held || startsAnError[kind](args))) return original[kind](...args);
      hold({ kind, args });
      return heldReturn[kind];
    }) as never;
  }
}
