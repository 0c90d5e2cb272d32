// Types for script-hash-policy.mjs (plain JavaScript: it runs outside the Next.js bundle).
export function sealPage(policy: string, html: string, integrityOf: (src: string) => string | undefined): { policy: string; html: string } | null;
export function integrityLookup(manifest: Record<string, string>): (src: string) => string | undefined;
