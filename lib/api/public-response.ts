import "server-only";
// HTTP responses of the public machine-readable outputs: the JSON API, feeds, exports,
// the badge and the widget. They are the same for every reader, so browsers and shared
// caches (CDNs) may keep them briefly; the server-side cache (lib/server/public/cache.ts)
// makes a fresh request cheap anyway. An ETag lets clients revalidate with a 304.
// CORS headers for these routes are set in next.config.js, beside the framing rules.
import { createHash } from "node:crypto";
import { AppError, isAppError } from "@/lib/errors/app-error";

/**
 * A minute fresh, then up to ten minutes stale while the browser or CDN refetches in the
 * background: an approval reaches HTTP caches within about a minute, and the server
 * answers every request that reaches it with current data.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

type PublicResponseOptions = {
  contentType: string;
  /** Sent as an attachment with this file name (downloads). */
  filename?: string;
};

export function publicResponse(request: Request, body: string, options: PublicResponseOptions): Response {
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = new Headers({ "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag });
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", options.contentType);
  if (options.filename) headers.set("Content-Disposition", `attachment; filename="${options.filename}"`);
  return new Response(body, { status: 200, headers });
}

export function publicJson(request: Request, data: unknown, options: { filename?: string } = {}): Response {
  return publicResponse(request, JSON.stringify(data, null, 2), {
    contentType: "application/json; charset=utf-8",
    filename: options.filename,
  });
}

/**
 * A public download written as it is read (exports): the body is pulled from `chunks` only
 * as fast as the client takes it, so memory stays flat however large the file. There is no
 * ETag, since the bytes are not known before they are sent; Cache-Control still lets a CDN
 * keep the file briefly. A failure half-way is logged and cuts the download short (the
 * status line has gone out), rather than ending it as if it were complete.
 */
export function publicStream(chunks: AsyncIterable<string>, options: PublicResponseOptions): Response {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("A public download failed part-way", error);
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  const headers = new Headers({ "Cache-Control": PUBLIC_CACHE_CONTROL, "Content-Type": options.contentType });
  if (options.filename) headers.set("Content-Disposition", `attachment; filename="${options.filename}"`);
  return new Response(body, { status: 200, headers });
}

/** Errors are never cached: a 404 for a tracker about to be published must not linger. */
export function publicError(error: AppError): Response {
  return Response.json(error.toJSON(), { status: error.status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Runs a public route's work; an AppError (bad parameter, unknown id) becomes its 4xx JSON
 * error, anything else a logged 500 without internals.
 */
export async function handlePublic(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (isAppError(error)) return publicError(error);
    console.error("Unexpected error in a public route", error);
    return Response.json(
      { error: { code: "INTERNAL", message: "Something went wrong on our side.", fieldErrors: {} } },
      { status: 500, headers: { "Cache-Control": "no-store" } },
    );
  }
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}
