// The page a reader opens to see what an evidence page said when we captured it: only its
// readable text, every character escaped, in paragraphs. The original HTML is never served
// back: no markup, scripts, styles or images of the captured site can reach the reader.
import { createHash } from "node:crypto";
import type { CaptureText } from "@/lib/server/public/get-capture-text";

const STYLE = "body{font:1rem/1.6 Georgia,serif;max-width:40rem;margin:1.5rem auto;padding:0 1rem;color:#1c1f23;background:#fff}header{font:0.9rem/1.5 system-ui,sans-serif;border-bottom:1px solid #d5d8dc;padding-bottom:1rem;margin-bottom:1.5rem;overflow-wrap:anywhere}h1{font-size:1.4rem}p{overflow-wrap:anywhere}";

/** Nothing may load, run, submit or frame: only this page's one inline style. */
export const CAPTURE_TEXT_CSP = `default-src 'none'; style-src 'sha256-${createHash("sha256").update(STYLE).digest("base64")}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const UTC = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export function renderCaptureText(capture: CaptureText, baseUrl: string): string {
  const paragraphs = capture.text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block)}</p>`)
    .join("\n");
  const claimUrl = `${baseUrl}/claims/${encodeURIComponent(capture.claimId)}#evidence-${encodeURIComponent(capture.evidenceId)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>Captured text: ${escapeHtml(capture.pageTitle ?? capture.evidenceTitle)}</title>
<style>${STYLE}</style></head>
<body><header>
<p><strong>The readable text of a page, as Proofboard captured it on ${escapeHtml(UTC.format(capture.capturedAt))} UTC.</strong> Layout, images and links are left out; the words are as fetched.</p>
<p>Original address: ${escapeHtml(capture.requestedUrl)}${capture.finalUrl && capture.finalUrl !== capture.requestedUrl ? `<br>Answered from: ${escapeHtml(capture.finalUrl)}` : ""}</p>
${capture.sha256 ? `<p>SHA-256 of the page as received: <code>${capture.sha256}</code></p>` : ""}
<p>Cited as evidence: <a href="${escapeHtml(claimUrl)}">${escapeHtml(capture.evidenceTitle)}</a></p>
</header>
<main>
${capture.pageTitle ? `<h1>${escapeHtml(capture.pageTitle)}</h1>` : ""}
${paragraphs || "<p>(The capture holds no readable text.)</p>"}
</main></body></html>`;
}
