// Where to go after sign-in. Only a path on this site is followed: the value is resolved
// by the WHATWG URL parser (the one browsers use, which drops tabs and newlines and turns
// backslashes into slashes) against a stand-in origin, and kept only if it is still on
// that origin. Control and whitespace characters are refused before parsing, because a
// browser and a server-side check would otherwise read them differently.
const PROBE_ORIGIN = "https://return-path.invalid";
const CONTROL_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s\uFFFD]/u;
const MAX_LENGTH = 2000;

export function safeReturnPath(value: unknown, fallback = "/workspace"): string {
  if (typeof value !== "string" || value.length > MAX_LENGTH || !value.startsWith("/")) return fallback;
  if (CONTROL_OR_SPACE.test(value) || !value.isWellFormed()) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== PROBE_ORIGIN) return fallback;
  // The serialized form is percent-encoded: safe in a Location header as it stands.
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
