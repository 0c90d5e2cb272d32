// One article, one identity: folds the many addresses of one page (www./m./amp variants, tracking
// parameters, fragments, ports, trailing slashes, a declared rel=canonical) into one key. Pure.
import normalizeUrl from "normalize-url";
import { getDomain } from "tldts";

/** Query keys that only say how a reader arrived, never which document they point to. */
export const TRACKING_PARAMETER_PATTERNS: readonly RegExp[] = [
  /^utm_\w+$/i,
  /^mc_\w+$/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mkt_tok|_ga|_gl|ref_src|oly_enc_id|oly_anon_id|vero_id|wt_mc|cmpid)$/i,
  // AMP switches: the same article rendered for another engine.
  /^(amp|outputtype)$/i,
];

// Host prefixes that name the same publisher's mobile or AMP rendering of a page.
const VARIANT_HOST_PREFIXES = ["www.", "m.", "mobile.", "amp."] as const;

/**
 * The host without its www./m./mobile./amp. labels, as long as what is left still has a
 * registrable domain ("m.example.co.uk" → "example.co.uk", but "m.co.uk" stays).
 */
export function publisherHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, "");
  for (;;) {
    const prefix = VARIANT_HOST_PREFIXES.find((candidate) => host.startsWith(candidate));
    if (!prefix) return host;
    const rest = host.slice(prefix.length);
    if (getDomain(rest, { allowPrivateDomains: true }) === null) return host;
    host = rest;
  }
}

/** The registrable domain ("news.bbc.co.uk" → "bbc.co.uk"), or the host itself when it has none. */
export function registrableDomain(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname.toLowerCase();
}

/**
 * The identity key of an http(s) URL. `declaredCanonical` is the page's own
 * `<link rel=canonical>` once captured; it is trusted only on the same registrable
 * domain, so no page can claim to be another publisher's article.
 */
export function canonicalEvidenceUrl(url: string, options: { declaredCanonical?: string | null } = {}): string {
  const base = trustedCanonical(url, options.declaredCanonical) ?? url;
  let normalized: string;
  try {
    normalized = normalizeUrl(base.trim(), {
      forceHttps: true,
      stripWWW: true,
      stripHash: true,
      stripTextFragment: true,
      removeExplicitPort: true,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      removeDirectoryIndex: false,
      // The query is rebuilt below from the original, so every spelling of it folds alike.
      removeQueryParameters: true,
      transformPath: (components) => (components.at(-1)?.toLowerCase() === "amp" ? components.slice(0, -1) : components),
    });
  } catch {
    return url.trim();
  }
  const parsed = new URL(normalized);
  // One spelling per page: no "/" for an empty path, and the query re-serialized so "?a"
  // and "?a=" (or any percent-encoding variant) compare equal.
  const query = new URLSearchParams(new URL(base.trim()).search);
  for (const key of [...new Set(query.keys())]) {
    if (TRACKING_PARAMETER_PATTERNS.some((pattern) => pattern.test(key))) query.delete(key);
  }
  query.sort();
  const search = query.toString();
  const host = `${publisherHost(parsed.hostname)}${parsed.port === "" ? "" : `:${parsed.port}`}`;
  const path = parsed.pathname === "/" ? "" : parsed.pathname;
  return `${parsed.protocol}//${host}${path}${search === "" ? "" : `?${search}`}`;
}

function trustedCanonical(url: string, declared: string | null | undefined): string | null {
  if (!declared) return null;
  try {
    const page = new URL(url);
    const target = new URL(declared, page);
    if (target.protocol !== "http:" && target.protocol !== "https:") return null;
    return registrableDomain(target.hostname) === registrableDomain(page.hostname) ? target.href : null;
  } catch {
    return null;
  }
}
