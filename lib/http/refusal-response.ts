// How the HTTP server answers a request it refuses before Next.js (bad bytes, a foreign
// or malformed server action) or cannot serve (database down): JSON for programs, a
// small self-contained page for people. One log line per refusal, never a stack trace.
import type { ServerResponse } from "node:http";

export function wantsHtml(accept: string | undefined, path: string): boolean {
  if (path.startsWith("/api/") || /\.(xml|csv|json|svg)$/.test(path)) return false;
  return !accept || accept.includes("text/html") || accept.includes("*/*");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function htmlPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Proofboard</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1b1f24;background:#fbfaf7}main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem}</style>
</head><body><main><p>Proofboard</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the tracker list</a></p></main></body></html>
`;
}

export function sendRefusal(
  response: ServerResponse,
  options: { status: number; code: string; title: string; message: string; html: boolean; headers?: Record<string, string> },
): void {
  const body = options.html
    ? htmlPage(options.title, options.message)
    : JSON.stringify({ error: { code: options.code, message: options.message, fieldErrors: {} } });
  response.writeHead(options.status, {
    "Content-Type": options.html ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    // The page runs no script and loads nothing but its inline style.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Content-Length": Buffer.byteLength(body),
    ...options.headers,
  });
  response.end(body);
}
