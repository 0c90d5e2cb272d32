// The HTTP server in front of Next.js (`npm run dev` / `npm start` run it through
// scripts/serve.ts). It holds the socket, so it is where the client address the app may
// trust is stamped (lib/http/client-ip.ts), and where requests that Next.js would turn
// into a 500 are refused first: bytes that are not text in the address, server actions
// from other sites, and action bodies that are too large or do not decode. In production
// the public pages are then served from the rendered-page cache
// (scripts/page-server/page-cache-layer.mjs); development renders every request.
import { createServer, IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { existsSync, readFileSync } from "node:fs";
import { createPageCacheLayer } from "./page-server/page-cache-layer.mjs";
import { integrityLookup } from "./page-server/script-hash-policy.mjs";
import { CLIENT_IP_HEADER, clientIpFrom } from "../lib/http/client-ip";
import { answerOutagesWith503, DatabaseMonitor, postgresProbe } from "../lib/http/database-outage";
import { sendRefusal, wantsHtml } from "../lib/http/refusal-response";
import {
  ACTION_BODY_LIMIT_BYTES,
  ACTION_TOO_LARGE,
  checkActionBody,
  checkActionLength,
  checkActionOrigin,
  checkAddress,
  isServerActionRequest,
  type Refusal,
} from "../lib/http/request-guard";

const mode = process.argv[2];
/** How much of a refused body is read and discarded so the connection can close cleanly. */
const DRAIN_LIMIT_BYTES = 8 * 1024 * 1024;
const port = Number(process.env.PORT);
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS || 0);
// HSTS only when readers reach the site over https; it is decided at start, from the
// configured public origin, not per request (a plain-http hop behind a proxy is normal).
const hsts = (process.env.PUBLIC_BASE_URL ?? "").startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;

const app = next({ dev: mode === "dev", port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
// Next.js's SRI hashes of its script chunks (next.config.js turns SRI on), for the hash-based
// policy of cached pages.
const SRI_MANIFEST = ".next/server/subresource-integrity-manifest.json";
const integrityOf = integrityLookup(existsSync(SRI_MANIFEST) ? (JSON.parse(readFileSync(SRI_MANIFEST, "utf8")) as Record<string, string>) : {});
const servePageCached = mode === "dev" ? null : createPageCacheLayer({ port, handle, integrityOf });
const databaseMonitor = new DatabaseMonitor(postgresProbe(process.env.DATABASE_URL!));
databaseMonitor.start();

function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal, path: string): void {
  // One line, no stack: these are the client's mistakes (or probes), not ours.
  console.warn(`Refused ${request.method} ${path.slice(0, 200)}: ${refusal.status} ${refusal.message}`);
  const titles = { 400: "This request could not be read", 403: "Not allowed", 413: "Too large" } as const;
  // A body too large to drain ends the connection after the answer (below).
  const length = Number(request.headers["content-length"] ?? 0);
  if (!request.complete && (length > DRAIN_LIMIT_BYTES || request.headers["transfer-encoding"] !== undefined)) response.setHeader("Connection", "close");
  sendRefusal(response, {
    status: refusal.status,
    code: refusal.status === 403 ? "FORBIDDEN" : refusal.status === 413 ? "TOO_LARGE" : "INVALID_INPUT",
    title: titles[refusal.status],
    message: refusal.message,
    html: wantsHtml(request.headers.accept, path),
  });
  // The rest of a refused body is read and thrown away, so the connection stays usable:
  // a socket closed with unread bytes sends a reset, which can destroy the answer before
  // the client has read it. A body beyond DRAIN_LIMIT_BYTES is not worth reading: that
  // connection is cut.
  let drained = 0;
  request.on("data", (chunk: Buffer) => {
    drained += chunk.byteLength;
    if (drained > DRAIN_LIMIT_BYTES) request.destroy();
  });
  request.resume();
}

/** Reads an action body up to the limit; null when it is larger (the rest keeps flowing, unread). */
function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const collect = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= ACTION_BODY_LIMIT_BYTES) return void chunks.push(chunk);
      request.off("data", collect);
      resolve(null);
    };
    request.on("data", collect);
    request.once("end", () => resolve(Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

/** The request again, its body replayed from memory, for Next.js to read as if from the socket. */
function replay(request: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(request.socket);
  copy.method = request.method;
  copy.url = request.url;
  copy.headers = request.headers;
  copy.rawHeaders = request.rawHeaders;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const rawUrl = request.url ?? "/";
  const path = rawUrl.split("?")[0]!;
  request.headers[CLIENT_IP_HEADER] = clientIpFrom(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedHops);

  if (hsts) response.setHeader("Strict-Transport-Security", hsts);
  answerOutagesWith503(request, response, databaseMonitor);

  const addressRefusal = checkAddress(rawUrl);
  if (addressRefusal) return refuse(request, response, addressRefusal, path);

  if (isServerActionRequest(request.method, request.headers, path)) {
    const host = trustedHops > 0 ? String(request.headers["x-forwarded-host"] ?? request.headers.host ?? "") : request.headers.host;
    const early = checkActionOrigin(request.headers.origin, host) ?? checkActionLength(request.headers["content-length"]);
    if (early) return refuse(request, response, early, path);
    const body = await readBody(request);
    if (body === null) return refuse(request, response, ACTION_TOO_LARGE, path);
    const bodyRefusal = await checkActionBody(body, String(request.headers["content-type"] ?? ""), `http://localhost${rawUrl}`);
    if (bodyRefusal) return refuse(request, response, bodyRefusal, path);
    return handle(replay(request, body), response);
  }
  if (servePageCached?.(request, response)) return;
  return handle(request, response);
}

const server = createServer((request, response) => {
  serve(request, response).catch((error: unknown) => {
    console.error(`Request ${request.method} ${request.url?.slice(0, 200)} failed:`, error instanceof Error ? error.message : error);
    if (!response.headersSent) sendRefusal(response, { status: 500, code: "INTERNAL", title: "Something went wrong", message: "Something went wrong on our side; nothing was changed.", html: wantsHtml(request.headers.accept, request.url ?? "/") });
    else response.end();
  });
});
server.listen(port, () => {
  console.log(`▲ Next.js ${mode === "dev" ? "development" : "production"} server on http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    databaseMonitor.stop();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
