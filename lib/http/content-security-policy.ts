// The Content Security Policy of HTML pages. Signed-in pages (workspace, admin, account,
// sign-in) render per request anyway, so they get a fresh nonce and 'strict-dynamic':
// only scripts Next.js marked with the nonce, and what those load, may run. Public pages
// are rendered once and served many times from a cache, so they cannot carry a nonce;
// their policy is static and lives in next.config.js (docs/decisions/0026-content-security-policy.md).

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** React's development build evaluates code for its debugging aids; production never does. */
const devEval = (development: boolean) => (development ? " 'unsafe-eval'" : "");

export function signedInPagePolicy(nonce: string, development = false): string {
  return [`script-src 'nonce-${nonce}' 'strict-dynamic'${devEval(development)}`, ...COMMON].join("; ");
}
