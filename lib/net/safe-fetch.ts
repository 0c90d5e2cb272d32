// The one module through which the server fetches URLs from the outside world (evidence
// capture, link health, link metadata, the Internet Archive). Node's fetch ignores
// http.Agent, so this uses undici's own request() with a dispatcher whose connect.lookup
// resolves the name once, checks every address (address-policy.ts) and hands the checked
// address to the socket: no second lookup, so DNS rebinding cannot swap it. IP literals
// (which skip the lookup) are checked before connecting. Redirects are followed by hand,
// each hop re-checked; time, size and content types are capped.
import { createHash } from "node:crypto";
import dns from "node:dns";
import net from "node:net";
import { Agent, request, type Dispatcher } from "undici";
import { refusalOf, type AddressAllowList } from "./address-policy";
import { FetchError } from "./fetch-error";

export { FetchError, type FetchErrorCode } from "./fetch-error";

export const FETCH_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRedirects: 5,
} as const;

export const PAGE_CONTENT_TYPES = ["text/html", "application/xhtml+xml", "text/plain"] as const;

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type SafeFetcherConfig = {
  userAgent: string;
  /** Private addresses reachable anyway (local test servers); empty in production. */
  allow?: AddressAllowList;
  /** DNS resolution; the system resolver by default. */
  resolve?: Resolver;
};

export type SafeFetchOptions = {
  method?: "GET" | "HEAD";
  headers?: Record<string, string>;
  body?: string;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Content types accepted for a 2xx body; anything else is refused unread. */
  accept?: readonly string[];
};

export type SafeFetchResult = {
  status: number;
  /** The URL that answered, after redirects. */
  url: string;
  /** Every URL followed, the requested one first. */
  chain: string[];
  contentType: string | null;
  headers: Record<string, string>;
  body: Buffer;
  sha256: string;
};

export type SafeFetch = (url: string, options?: SafeFetchOptions) => Promise<SafeFetchResult>;

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

function checkedLookup(resolve: Resolver, allow: AddressAllowList): net.LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (answers) => {
        if (answers.length === 0) return callback(new FetchError("dns", `${hostname} has no address`), "", 4);
        // Every address must pass: a name that mixes public and private answers is refused.
        for (const answer of answers) {
          const refusal = refusalOf(answer.address, allow);
          if (refusal) return callback(new FetchError("refused_address", `${hostname} resolves to ${refusal.replace(/^\S+ /, "")}: ${answer.address}`), "", 4);
        }
        if ((options as dns.LookupAllOptions).all) return callback(null, answers as never);
        const first = answers[0]!;
        callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(new FetchError("dns", `${hostname} could not be resolved (${error.code ?? error.message})`), "", 4),
    );
  };
}

function parseTarget(raw: string, allow: AddressAllowList): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError("bad_url", `"${raw}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchError("refused_scheme", `only http and https links are fetched, not ${url.protocol.replace(":", "")}`);
  if (url.username || url.password) throw new FetchError("bad_url", "links with a user name or password are not fetched");
  // The URL parser has already turned decimal, octal and hex IPv4 forms into dotted quads.
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host)) {
    const refusal = refusalOf(host, allow);
    if (refusal) throw new FetchError("refused_address", refusal);
  }
  return url;
}

function essence(contentType: string | null): string | null {
  return contentType?.split(";")[0]?.trim().toLowerCase() || null;
}

async function readCapped(body: Dispatcher.ResponseData["body"], maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      body.destroy();
      throw new FetchError("too_large", `the page is larger than ${Math.round(maxBytes / 1024)} KB`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export function createSafeFetcher(config: SafeFetcherConfig): SafeFetch {
  const allow = config.allow ?? [];
  const dispatcher = new Agent({
    connect: { lookup: checkedLookup(config.resolve ?? systemResolver, allow), timeout: FETCH_LIMITS.timeoutMs },
    // One socket per request: a kept-alive socket would skip the check for the next hop.
    pipelining: 0,
  });

  return async function safeFetch(rawUrl, options = {}) {
    const maxBytes = options.maxBytes ?? FETCH_LIMITS.maxBytes;
    const maxRedirects = options.maxRedirects ?? FETCH_LIMITS.maxRedirects;
    const timeoutMs = options.timeoutMs ?? FETCH_LIMITS.timeoutMs;
    const signal = AbortSignal.timeout(timeoutMs);
    const chain: string[] = [];
    let target = parseTarget(rawUrl, allow);
    let method = options.method ?? "GET";
    let requestBody = options.body;

    try {
      for (;;) {
        if (chain.includes(target.href)) throw new FetchError("redirect_loop", `the redirects loop back to ${target.href}`);
        chain.push(target.href);
        const response = await request(target, {
          dispatcher,
          method: requestBody !== undefined ? "POST" : method,
          body: requestBody,
          signal,
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          headers: { "user-agent": config.userAgent, accept: (options.accept ?? PAGE_CONTENT_TYPES).join(", ") + ", */*;q=0.1", ...options.headers },
        });
        const location = headerValue(response.headers.location);
        if (response.statusCode >= 300 && response.statusCode < 400 && location) {
          await response.body.dump().catch(() => undefined);
          if (chain.length > maxRedirects) throw new FetchError("too_many_redirects", `more than ${maxRedirects} redirects`);
          target = parseTarget(new URL(location, target).href, allow);
          // A redirect turns a POST into a GET (303, and 301/302 in practice).
          if (response.statusCode !== 307 && response.statusCode !== 308) {
            requestBody = undefined;
            method = method === "HEAD" ? "HEAD" : "GET";
          }
          continue;
        }
        const contentType = headerValue(response.headers["content-type"]);
        const ok = response.statusCode >= 200 && response.statusCode < 300;
        if (ok && options.accept !== undefined && method !== "HEAD") {
          const type = essence(contentType);
          if (!type || !options.accept.includes(type)) {
            await response.body.dump().catch(() => undefined);
            throw new FetchError("unsupported_content_type", `the page is ${type ?? "of no stated type"}, not ${options.accept.join(" or ")}`);
          }
        }
        const declared = Number(headerValue(response.headers["content-length"]));
        if (Number.isFinite(declared) && declared > maxBytes) {
          response.body.destroy();
          throw new FetchError("too_large", `the page is larger than ${Math.round(maxBytes / 1024)} KB`);
        }
        const body = method === "HEAD" ? Buffer.alloc(0) : await readCapped(response.body, maxBytes);
        const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name, headerValue(value) ?? ""]));
        return { status: response.statusCode, url: target.href, chain, contentType, headers, body, sha256: createHash("sha256").update(body).digest("hex") };
      }
    } catch (error) {
      throw FetchError.from(error, signal);
    }
  };
}
