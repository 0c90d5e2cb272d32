// While the database is down, pages and public outputs answer 503 with Retry-After and a
// friendly page instead of a 500: a monitor probes PostgreSQL (every few seconds, and at
// once after any 5xx), and a response that would be a 5xx while the probe fails is
// replaced. Pages the public cache can still serve keep answering 200.
import type { IncomingMessage, ServerResponse } from "node:http";
import pg from "pg";
import { sendRefusal, wantsHtml } from "./refusal-response";

export const RETRY_AFTER_SECONDS = 5;

export class DatabaseMonitor {
  private down = false;
  private failures = 0;
  private probing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: string,
    private readonly intervalMs = 2_000,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  start(): void {
    this.timer = setInterval(() => void this.probe(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One SELECT 1 on a fresh connection; concurrent callers share it. */
  probe(): Promise<void> {
    this.probing ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 1_500, query_timeout: 1_500 });
      let reachable = false;
      try {
        await client.connect();
        await client.query("SELECT 1");
        reachable = true;
      } catch {
        reachable = false;
      } finally {
        await client.end().catch(() => undefined);
      }
      // Two failed probes in a row, so one slow connection on a loaded machine is no outage.
      this.failures = reachable ? 0 : this.failures + 1;
      const down = this.failures >= 2;
      if (down !== this.down) console.warn(down ? "Database unreachable: answering 503 until it is back." : "Database reachable again.");
      this.down = down;
      if (!reachable && !down) setTimeout(() => void this.probe(), 200).unref();
    })().finally(() => {
      this.probing = null;
    });
    return this.probing;
  }
}

/** Replaces a 5xx that Next.js is about to send with a 503 while the database is down. */
export function answerOutagesWith503(request: IncomingMessage, response: ServerResponse, monitor: DatabaseMonitor): void {
  const path = (request.url ?? "/").split("?")[0]!;
  if (path === "/api/health") return;
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let replaced = false;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500) void monitor.probe();
    if (status >= 500 && status !== 503 && monitor.isDown) {
      replaced = true;
      for (const name of response.getHeaderNames()) if (name !== "strict-transport-security") response.removeHeader(name);
      // sendRefusal calls writeHead and end itself; route them to the originals.
      response.writeHead = writeHead as never;
      response.end = end as never;
      sendRefusal(response, {
        status: 503,
        code: "UNAVAILABLE",
        title: "Proofboard is temporarily unavailable",
        message: `The database is not answering. Nothing has been lost; please try again in a few seconds.`,
        html: wantsHtml(request.headers.accept, path),
        headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
      });
      return response;
    }
    return writeHead(status, ...rest);
  }) as never;
  response.write = ((...args: unknown[]) => (replaced ? true : write(...args))) as never;
  response.end = ((...args: unknown[]) => (replaced ? response : end(...args))) as never;
}
