// The cache of rendered public pages in front of Next.js's request handler, used by
// `npm start`'s HTTP server (scripts/http-server.ts). See
// docs/decisions/0020-rendered-page-cache-and-command-invalidation.md.
//
// A cacheable request (public-pages.mjs) is answered from the cache when it holds the page;
// a stale page (its tracker changed) is served to anonymous readers while one re-render
// runs; a reader with a session cookie waits for the fresh one. A render is a loopback
// request to this same server without cookies, run inside a render context that collects
// the tags of everything the data cache served it, so a page is tagged with exactly the
// trackers it shows, and no session byte can reach a cached page.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { PageCache, registerPageCache } from "./page-cache.mjs";
import { sealPage } from "./script-hash-policy.mjs";
import { hasSessionCookie, isCacheableRequest, MISS_CACHE_CONTROL, MISS_TTL_MS, PAGE_TTL_MS, PUBLIC_CACHE_CONTROL } from "./public-pages.mjs";

const RENDER_HEADER = "x-proofboard-render";
const CONTEXT_KEY = Symbol.for("proofboard.publicRenderContext");
globalThis[CONTEXT_KEY] ??= new AsyncLocalStorage();
/** @type {AsyncLocalStorage<{ tags: Set<string>, requireFresh: boolean, statements: number, uncached?: boolean }>} */
const renderContext = globalThis[CONTEXT_KEY];

/**
 * The page cache for one server. `port` is where this same server listens (renders are
 * loopback requests to it); `handle` is Next.js's request handler. The returned function
 * serves a request and returns true, or returns false for requests it leaves to the caller.
 * `integrityOf(src)` gives the SRI hash of one of Next.js's script chunks (script-hash-policy.mjs).
 */
export function createPageCacheLayer({ port, handle, integrityOf = () => undefined }) {
  const cache = new PageCache();
  /**
   * After an invalidation, the pages readers asked for in the last HOT_WINDOW_MS are
   * re-rendered at once (at most EAGER_RENDERS, most recently used first); the others are
   * dropped and rendered when next asked for. The writer's command waits for these
   * re-renders (lib/server/public/cache.ts), so a reader who arrives after the write sees
   * it either way, and readers who arrive during it get the previous page. Rendering only
   * what is being read keeps a stream of writes to one tracker from spending the CPU that
   * readers of other trackers need on pages nobody is looking at.
   */
  const EAGER_RENDERS = 24;
  const HOT_WINDOW_MS = 10_000;
  registerPageCache(cache, (keys) => {
    const eager = cache.keepRecentlyRead(keys, { windowMs: HOT_WINDOW_MS, max: EAGER_RENDERS });
    return Promise.allSettled(eager.map((key) => render(key)));
  });

  /** Render jobs by the token their loopback request carries. */
  const jobs = new Map();
  /** One render per key at a time; `startedAt` says which invalidations it already reflects. */
  const inFlight = new Map();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

  const DROPPED_HEADERS = new Set([
    "cache-control", "date", "etag", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "set-cookie",
  ]);

  function loopback(key, token, accept) {
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port, path: key, method: "GET", agent, headers: { [RENDER_HEADER]: token, accept, host: `localhost:${port}` } },
        (response) => {
          const chunks = [];
          response.on("data", (chunk) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 500, headers: response.headers, body: Buffer.concat(chunks) }));
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end();
    });
  }

  async function renderOnce(key) {
    const startedAt = cache.begin();
    const token = randomUUID();
    const context = { tags: new Set(), requireFresh: true, statements: 0, uncached: false };
    jobs.set(token, context);
    const began = performance.now();
    try {
      const response = await loopback(key, token, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
      const durationMs = performance.now() - began;
      const headers = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (!DROPPED_HEADERS.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
      headers["server-timing"] = `render;dur=${durationMs.toFixed(1)}, db;desc="${context.statements} statements"`;
      // The render's nonce policy becomes the hashes of its scripts (script-hash-policy.mjs);
      // a page whose scripts cannot all be hashed keeps its nonce and is served uncached.
      let body = response.body;
      let sealed = true;
      const policy = headers["content-security-policy"];
      if (policy && /^text\/html\b/.test(headers["content-type"] ?? "")) {
        const page = sealPage(policy, body.toString("utf8"), integrityOf);
        if (page) {
          headers["content-security-policy"] = page.policy;
          body = Buffer.from(page.html, "utf8");
        } else {
          sealed = false;
          console.warn(`Not caching ${key}: one of its scripts has no integrity hash for the content security policy.`);
        }
      }
      // A render that read around the data cache (lib/server/public/cache.ts) carries no tags
      // for what it read, so no invalidation would ever reach it: served, never kept.
      const cacheable = (response.status === 200 || response.status === 404) && !response.headers["set-cookie"] && sealed && !context.uncached;
      const page = { status: response.status, headers, body, tags: [...context.tags], ttlMs: response.status === 200 ? PAGE_TTL_MS : MISS_TTL_MS };
      const entry = cacheable ? cache.set(key, page, startedAt) : null;
      // A page that became a redirect or a refusal must not be served stale from before. A
      // server error (the database is down: lib/http/database-outage.ts) keeps the previous
      // page, so anonymous readers go on getting it while the outage lasts.
      if (!cacheable && response.status < 500) cache.delete(key);
      return { entry: entry ?? { ...page, etag: null, gzip: null }, cached: entry !== null };
    } finally {
      jobs.delete(token);
    }
  }

  function render(key) {
    const running = inFlight.get(key);
    if (running && running.startedAt === cache.begin()) return running.promise;
    const job = { startedAt: cache.begin(), promise: renderOnce(key) };
    inFlight.set(key, job);
    job.promise.then(
      () => inFlight.get(key) === job && inFlight.delete(key),
      () => inFlight.get(key) === job && inFlight.delete(key),
    );
    return job.promise;
  }

  function send(req, res, entry, state, cached) {
    const headers = { ...entry.headers, "x-proofboard-cache": state };
    if (cached) {
      headers["cache-control"] = entry.status === 200 ? PUBLIC_CACHE_CONTROL : MISS_CACHE_CONTROL;
      headers.etag = entry.etag;
      if (entry.status === 200 && req.headers["if-none-match"]?.split(/\s*,\s*/).includes(entry.etag)) {
        res.writeHead(304, { etag: entry.etag, "cache-control": headers["cache-control"], vary: headers.vary });
        res.end();
        return;
      }
    } else {
      headers["cache-control"] = "private, no-store";
    }
    const gzip = cached && entry.gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
    const body = gzip ? entry.gzip : entry.body;
    if (gzip) headers["content-encoding"] = "gzip";
    headers["content-length"] = String(body.length);
    res.writeHead(entry.status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  async function serveCached(req, res, key) {
    const found = cache.get(key);
    const mayBeStale = !hasSessionCookie(req);
    if (found && (found.fresh || mayBeStale)) {
      if (found.fresh) cache.stats.hits += 1;
      else {
        cache.stats.stale += 1;
        render(key).catch((error) => console.error(`Re-rendering ${key} failed:`, error));
      }
      send(req, res, found.entry, found.fresh ? "hit" : "stale", true);
      return;
    }
    cache.stats.misses += 1;
    const { entry, cached } = await render(key);
    send(req, res, entry, "miss", cached);
  }

  return function servePageCached(req, res) {
    const token = req.headers[RENDER_HEADER];
    const job = typeof token === "string" ? jobs.get(token) : undefined;
    if (job) {
      delete req.headers[RENDER_HEADER];
      renderContext.run(job, () => handle(req, res));
      return true;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!isCacheableRequest(req, url.pathname)) return false;
    serveCached(req, res, url.pathname + url.search).catch((error) => {
      console.error(`Serving ${req.url} from the page cache failed; rendering directly:`, error);
      if (!res.headersSent) handle(req, res);
    });
    return true;
  };
}
