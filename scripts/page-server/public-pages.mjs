// Which responses the page server caches, and for how long a CDN may keep them. Only
// public, session-free routes: the tracker list, scorecards, proof-point pages, claim pages,
// the methodology, the widget, the feeds and the corrections logs with their feeds. Everything else (the workspace, sign-in, the
// API, exports, server actions) passes straight to Next.js. The search (/search) is left out
// on purpose: each query string is its own page, so caching them would let anyone fill the
// cache with one-off entries (docs/decisions/0055-public-search-is-not-cached.md).
const PATTERNS = [
  /^\/$/,
  /^\/trackers$/,
  /^\/methodology$/,
  /^\/feed\.xml$/,
  /^\/trackers\/[^/]+$/,
  /^\/trackers\/[^/]+\/claims$/,
  /^\/trackers\/[^/]+\/points\/[^/]+$/,
  /^\/trackers\/[^/]+\/widget$/,
  /^\/trackers\/[^/]+\/feed\.xml$/,
  /^\/corrections$/,
  /^\/corrections\/feed\.xml$/,
  /^\/trackers\/[^/]+\/corrections$/,
  /^\/trackers\/[^/]+\/corrections\/feed\.xml$/,
  /^\/claims\/[^/]+$/,
  /^\/sources\/[^/]+$/,
];

/** Seconds a shared cache (CDN) may serve a page without asking, then may serve it stale while it revalidates. */
export const S_MAXAGE = 30;
export const STALE_WHILE_REVALIDATE = 300;
/** A 404 is kept briefly: unknown ids must not cost a render each, and a new tracker appears soon. */
export const MISS_TTL_MS = 10_000;
/** In this instance a page lives until invalidated; this bounds a missed invalidation. */
export const PAGE_TTL_MS = 5 * 60_000;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${S_MAXAGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
export const MISS_CACHE_CONTROL = `public, max-age=0, s-maxage=${MISS_TTL_MS / 1000}`;

/** A GET/HEAD of a public page by a browser navigation (not a client-side RSC fetch or an action). */
export function isCacheableRequest(req, pathname) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.rsc || req.headers["next-action"] || req.headers["next-router-prefetch"]) return false;
  return PATTERNS.some((pattern) => pattern.test(pathname));
}

/** Signed-in users must see their own writes at once: they never get a stale page. */
export function hasSessionCookie(req) {
  return /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/.test(req.headers.cookie ?? "");
}
