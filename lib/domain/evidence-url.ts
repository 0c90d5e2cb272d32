// Rule 6 of docs/architecture.md: evidence links are public http(s) addresses in one normal form, so duplicates compare equal and nothing unsafe is stored.
import { publisherHost } from "./canonical-url";
import { isPublicHostname } from "./public-host";

export const MAX_URL_LENGTH = 2048;

// Keys that only say how a reader arrived; they never change which document a link points to.
export const TRACKING_PARAMETERS = ["fbclid", "gclid", "mc_cid", "mc_eid"] as const;
const TRACKING_PREFIX = "utm_";

export type NormalizedEvidenceUrl = { ok: true; url: string; domain: string };
export type RejectedEvidenceUrl = { ok: false; reason: string };

const FORBIDDEN_SCHEME_REASONS: Record<string, string> = {
  "javascript:": "javascript: links are not allowed; use an http or https URL",
  "data:": "data: URLs are not allowed; link to the web page that publishes the content",
  "file:": "file: URLs point to a file on your own computer; link to a public http or https page",
};

export function normalizeEvidenceUrl(input: string): NormalizedEvidenceUrl | RejectedEvidenceUrl {
  const trimmed = input.trim();
  if (trimmed === "") return reject("URL is required");
  if (trimmed.length > MAX_URL_LENGTH) return reject(tooLong());

  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return reject(notAUrl(trimmed));
  }

  const scheme = parsed.protocol;
  if (scheme !== "http:" && scheme !== "https:") {
    // "example.com:8080/page" parses with "example.com:" as its scheme; the real mistake is a missing "https://".
    if (scheme.includes(".") || /^\d/.test(trimmed.slice(scheme.length))) return reject(notAUrl(trimmed));
    return reject(FORBIDDEN_SCHEME_REASONS[scheme] ?? `${scheme} links are not allowed; use an http or https URL`);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    return reject("URLs with a user name or password are not allowed");
  }

  const hostname = parsed.hostname.replace(/\.$/, "");
  if (!isPublicHostname(hostname)) {
    return reject(`URL must be a public web address; "${hostname}" is not one`);
  }

  const host = parsed.port === "" ? hostname : `${hostname}:${parsed.port}`;
  const query = normalizeQuery(parsed.search);
  const url = `${scheme}//${host}${parsed.pathname || "/"}${query === "" ? "" : `?${query}`}`;
  // Percent-encoding can make the normal form longer than what was typed.
  if (url.length > MAX_URL_LENGTH) return reject(tooLong());
  return { ok: true, url, domain: domainOf(hostname) };
}

// For URLs already stored in normal form; throws on anything normalizeEvidenceUrl would refuse.
export function sourceDomainOf(url: string): string {
  const result = normalizeEvidenceUrl(url);
  if (!result.ok) throw new TypeError(`Cannot take the domain of "${url}": ${result.reason}`);
  return result.domain;
}

// Each pair keeps its original encoding; pairs are ordered by key, and a key's repeated values keep their order.
function normalizeQuery(search: string): string {
  return search
    .replace(/^\?/, "")
    .split("&")
    .filter((pair) => pair !== "" && !isTrackingKey(keyOf(pair)))
    .map((pair) => ({ pair, key: keyOf(pair) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ pair }) => pair)
    .join("&");
}

function keyOf(pair: string): string {
  const raw = pair.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

function isTrackingKey(key: string): boolean {
  const lower = key.toLowerCase();
  return lower.startsWith(TRACKING_PREFIX) || (TRACKING_PARAMETERS as readonly string[]).includes(lower);
}

// "www.", "m." and "amp." name the same publisher; a bare "www.com" keeps its name.
function domainOf(hostname: string): string {
  return publisherHost(hostname);
}

function reject(reason: string): RejectedEvidenceUrl {
  return { ok: false, reason };
}

function tooLong(): string {
  return `URL is longer than ${MAX_URL_LENGTH.toLocaleString("en-US")} characters`;
}

function notAUrl(input: string): string {
  const shown = input.length > 80 ? `${input.slice(0, 77)}...` : input;
  return `"${shown}" is not a valid URL; use a full address such as https://example.com/article`;
}
