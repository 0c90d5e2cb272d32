// The widget's solver as a same-origin worker script. The widget's default bundle starts
// its workers from blob: or data: URLs, which the pages' Content Security Policy refuses
// (docs/decisions/0026-content-security-policy.md); the "external" bundle takes a worker
// factory instead, and this is the script it starts: the SHA worker shipped with the
// widget package, served unchanged.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

let script: Promise<string> | undefined;

export async function GET(): Promise<Response> {
  // The app runs from the repository root (npm start / npm run dev), where node_modules is.
  script ??= readFile(join(process.cwd(), "node_modules", "altcha", "dist", "workers", "sha.js"), "utf8");
  return new Response(await script, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
}
