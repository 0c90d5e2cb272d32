// Checks a request before Next.js sees it, so bytes that are not text never reach a
// route, a query or PostgreSQL: every path segment and query parameter must be valid
// UTF-8 once percent-decoded and hold no NUL or other control character, and a server
// action must come from this site and carry a body that decodes. A refusal is a 4xx with
// one sentence a person can act on.

export type Refusal = { status: 400 | 403 | 413; message: string };

// C0 controls and DEL; tabs and line breaks mean nothing in an address either.
const CONTROL = /[\u0000-\u001f\u007f]/;

function decodes(raw: string, plusIsSpace: boolean): string | null {
  try {
    const decoded = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, " ") : raw);
    return decoded.isWellFormed() ? decoded : null;
  } catch {
    return null;
  }
}

/** Refuses an address whose path or query is not valid, control-free text. */
export function checkAddress(rawUrl: string): Refusal | null {
  const queryStart = rawUrl.indexOf("?");
  const path = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = queryStart === -1 ? "" : rawUrl.slice(queryStart + 1).split("#")[0]!;
  for (const segment of path.split("/")) {
    const decoded = decodes(segment, false);
    if (decoded === null || CONTROL.test(decoded)) {
      return { status: 400, message: "The address contains characters that are not valid text (bad percent-encoding or control characters)." };
    }
  }
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const [rawName = "", ...rest] = pair.split("=");
    const name = decodes(rawName, true);
    const value = decodes(rest.join("="), true);
    if (name === null || CONTROL.test(name)) {
      return { status: 400, message: "A query parameter name is not valid text (bad percent-encoding or control characters)." };
    }
    if (value === null || CONTROL.test(value.replace(/[\t\n\r]/g, " "))) {
      return { status: 400, message: `The query parameter "${name.slice(0, 40)}" is not valid text (bad percent-encoding or control characters).` };
    }
  }
  return null;
}

/** Server actions: Next.js posts them with a Next-Action header; without JavaScript, as a form to a page. */
export function isServerActionRequest(method: string | undefined, headers: Record<string, string | string[] | undefined>, path: string): boolean {
  if (method !== "POST") return false;
  if (headers["next-action"]) return true;
  const type = String(headers["content-type"] ?? "");
  return !path.startsWith("/api/") && /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
}

/** Same-site check, the way browsers label a request: its Origin must be the host it was sent to. */
export function checkActionOrigin(origin: string | undefined, host: string | undefined): Refusal | null {
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  if (!host || originHost.toLowerCase() !== host.toLowerCase()) {
    return { status: 403, message: "Form submissions from other sites are refused." };
  }
  return null;
}

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
const TOO_LARGE: Refusal = { status: 413, message: "The form submission is larger than 1 MB." };
const UNREADABLE: Refusal = { status: 400, message: "The form submission could not be read; reload the page and try again." };

export function checkActionLength(contentLength: string | undefined): Refusal | null {
  return contentLength !== undefined && Number(contentLength) > ACTION_BODY_LIMIT_BYTES ? TOO_LARGE : null;
}

export { TOO_LARGE as ACTION_TOO_LARGE };

/**
 * The whole body of a server action, once read: it must be UTF-8 (no file uploads here),
 * and parse as what its type says. Next.js would otherwise throw while decoding it.
 */
export async function checkActionBody(body: Uint8Array, contentType: string, url: string): Promise<Refusal | null> {
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return UNREADABLE;
  }
  try {
    if (/^multipart\/form-data/i.test(contentType) || /^application\/x-www-form-urlencoded/i.test(contentType)) {
      const form = await new Request(url, { method: "POST", body: text, headers: { "content-type": contentType } }).formData();
      // A form whose action reference or bound arguments are not JSON is not one Next.js sent.
      for (const [name, value] of form) {
        if (typeof value !== "string") return UNREADABLE;
        if (/^\$ACTION_\d+:\d+$/.test(name) || /^\d+$/.test(name)) JSON.parse(value);
      }
    } else if (text.trim().startsWith("[") || text.trim().startsWith("{") || text.trim().startsWith('"')) {
      JSON.parse(text);
    } else {
      return UNREADABLE;
    }
  } catch {
    return UNREADABLE;
  }
  return null;
}
