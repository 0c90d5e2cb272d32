// The List-Unsubscribe address of every notification mail. A mail client's one-click
// unsubscribe POSTs here (RFC 8058: body "List-Unsubscribe=One-Click", no cookies, no
// confirmation step) and the follow or mail kind stops at once. A browser opening the link
// gets a page with a button instead, so a link scanner's GET changes nothing.
import { isAppError } from "@/lib/errors/app-error";
import { unsubscribe } from "@/lib/server/notifications/reader-commands";

type Context = { params: Promise<{ token: string }> };

const HEADERS = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" };

function scopeOf(request: Request): { kind?: string; cadence?: string } {
  const query = new URL(request.url).searchParams;
  return { ...(query.get("kind") ? { kind: query.get("kind")! } : {}), ...(query.get("cadence") ? { cadence: query.get("cadence")! } : {}) };
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  try {
    const result = await unsubscribe({ token, ...scopeOf(request) });
    return new Response(`${result.what}\n`, { status: 200, headers: HEADERS });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = Object.keys(error.fieldErrors)[0];
    const words = field === "token" ? "The unsubscribe link" : field === "kind" ? "The kind of mail in the link" : field === "cadence" ? "The digest in the link" : null;
    const message = words ? `${words} ${error.fieldErrors[field!]![0]}.` : error.message;
    return new Response(`${message}\n`, { status: error.status, headers: HEADERS });
  }
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  const query = new URLSearchParams(scopeOf(request)).toString();
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe/${encodeURIComponent(token)}${query ? `?${query}` : ""}`, "Cache-Control": "private, no-store" } });
}
