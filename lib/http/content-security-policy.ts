// The Content Security Policy of HTML pages. Every page is rendered with a fresh nonce and
// 'strict-dynamic': only scripts Next.js marked with the nonce, and what those load, may run.
// A public page that enters the rendered-page cache is served to many readers, so there its
// nonce is replaced by the hashes of exactly the scripts that carried it
// (scripts/page-server/script-hash-policy.mjs; docs/decisions/0026-content-security-policy.md).

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // The reader forms' proof-of-work solver runs in a same-origin worker (app/api/reader/pow-worker).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** React's development build evaluates code for its debugging aids; production never does. */
const devEval = (development: boolean) => (development ? " 'unsafe-eval'" : "");

export function pagePolicy(nonce: string, development = false): string {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic'${devEval(development)}`, ...COMMON].join("; ");
}
