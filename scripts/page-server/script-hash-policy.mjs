// A cached public page serves the same bytes to every reader, so it cannot carry a
// per-request nonce. When a rendered page enters the cache, its policy's nonce is replaced
// by the hashes of the scripts that carried that nonce: the inline ones by the SHA-256 of
// their text, the external chunks by their Subresource Integrity hash (next.config.js turns
// SRI on; Chromium matches a hash source against a script's `integrity`). Only scripts
// with the render's nonce are hashed, and the nonce was made for that render, so markup
// that slipped into the page (which cannot know it) is never blessed.
// See docs/decisions/0026-content-security-policy.md.
import { createHash } from "node:crypto";

// React escapes "</script" inside the scripts it emits, so the first closing tag ends one.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

function attribute(attributes, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? "") : null;
}

const hashesIn = (integrity) => (integrity ?? "").split(/\s+/).filter((hash) => /^sha(256|384|512)-/.test(hash));

/**
 * The cached form of a page rendered under `policy`: the policy with the nonce replaced by
 * hashes, and the HTML with an `integrity` on every external script of the render.
 * Next.js leaves `integrity` off the chunks of client components
 * (https://github.com/vercel/next.js/issues/74147) although its build manifest holds their
 * hashes; `integrityOf(src)` looks them up there, and the attribute is added to those
 * scripts only. Returns the page unchanged when its policy has no nonce, and null when a
 * script of the render cannot be hashed (the page then must not be cached).
 *
 * @param {string} policy
 * @param {string} html
 * @param {(src: string) => string | undefined} integrityOf
 * @returns {{ policy: string, html: string } | null}
 */
export function sealPage(policy, html, integrityOf) {
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  if (!nonce) return { policy, html };
  const sources = new Set();
  let unhashable = false;
  const sealed = html.replace(SCRIPT, (script, attributes, body) => {
    if (attribute(attributes, "nonce") !== nonce) return script;
    const src = attribute(attributes, "src");
    if (src === null) {
      sources.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
      return script;
    }
    let hashes = hashesIn(attribute(attributes, "integrity"));
    let sealedScript = script;
    if (hashes.length === 0) {
      hashes = hashesIn(integrityOf(src));
      if (hashes.length === 0) unhashable = true;
      else sealedScript = `<script integrity="${hashes.join(" ")}"${script.slice("<script".length)}`;
    }
    for (const hash of hashes) sources.add(`'${hash}'`);
    return sealedScript;
  });
  if (unhashable) return null;
  // No script at all: nothing may run ('none' must stand alone in its directive).
  if (sources.size === 0) return { policy: policy.replace(/script-src [^;]*/, "script-src 'none'"), html };
  return { policy: policy.replace(`'nonce-${nonce}'`, [...sources].join(" ")), html: sealed };
}

/**
 * Reads Next.js's build manifest of SRI hashes (`<distDir>/server/subresource-integrity-manifest.json`,
 * keys such as `static/chunks/x.js`) into a lookup by script address (`/_next/static/chunks/x.js`).
 *
 * @param {Record<string, string>} manifest
 * @returns {(src: string) => string | undefined}
 */
export function integrityLookup(manifest) {
  return (src) => {
    const path = src.split("?")[0];
    return path.startsWith("/_next/") ? manifest[path.slice("/_next/".length)] : undefined;
  };
}
