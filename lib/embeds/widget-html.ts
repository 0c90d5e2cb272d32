import "server-only";
// The iframe widget: a compact, script-free scorecard as one small HTML document with
// inline styles. A route handler serves it, not a page: the site's layout (header,
// session lookup, client JavaScript) has no place inside someone else's article.
import { PROOF_POINT_STATE_LABELS, headline, type ProofPointState } from "@/lib/domain";
import { trackerPaths } from "@/lib/public/urls";
import type { TrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";

const AS_OF_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const GLYPH: Record<ProofPointState, string> = { ticked: "✓", partial: "◐", contested: "!", open: "" };

// Same tones as the site (app/globals.css); each pair passes WCAG AA.
const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c1f23;background:#fff}
main{padding:12px 14px;border:1px solid #d5d8dc;border-radius:4px;min-height:100vh}
h1{font:600 16px/1.3 Charter,Georgia,serif;margin:0 0 4px}h1 a{color:inherit}
.headline{margin:0 0 10px;font-weight:700}.demo{display:inline-block;margin:0 0 8px;padding:1px 6px;font-size:12px;color:#713f12;background:#fef3c7;border:1px solid #b7862b;border-radius:4px}
ol{list-style:none;margin:0;padding:0}li{display:flex;gap:8px;align-items:center;padding:5px 0;border-top:1px solid #eef0f3}
.box{flex:none;width:22px;height:22px;display:grid;place-items:center;border:2px solid #7d848e;border-radius:3px;font-weight:700}
.ticked{color:#14532d;background:#dcfce7;border-color:#5f9f74}.partial{color:#44500c;background:#eef5d6;border-color:#8d9b4a}
.contested{color:#7c2d12;background:#ffedd5;border-color:#c4773f}.open{color:#374151;background:#fff}
.asof{font-weight:400;font-size:12px;color:#4f5661;white-space:nowrap}.state{margin-left:auto;font-size:12px;color:#4f5661}footer{margin-top:10px;font-size:12px;color:#4f5661}footer a{color:#1d4f91}
`;

export function renderWidget(scorecard: TrackerScorecard, baseUrl: string): string {
  const { tracker } = scorecard;
  const page = `${baseUrl}${trackerPaths(tracker.slug).page}`;
  const rows = scorecard.proofPoints
    .map(
      (point) =>
        `<li><span class="box ${point.state}" aria-hidden="true">${GLYPH[point.state]}</span>` +
        `<span dir="auto">${escapeHtml(point.title)}</span><span class="state">${PROOF_POINT_STATE_LABELS[point.state]}</span></li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(tracker.title)}: ${headline(scorecard.ticked, scorecard.total)}</title>
<meta name="robots" content="noindex"><base target="_blank"><style>${STYLE}</style></head>
<body><main>
<h1 dir="auto"><a href="${page}" rel="noopener">${escapeHtml(tracker.title)}</a></h1>
${tracker.isDemo ? `<p class="demo">Demo data</p>` : ""}
<p class="headline">${headline(scorecard.ticked, scorecard.total)} <span class="asof">as of <time datetime="${scorecard.asOf}">${AS_OF_FORMAT.format(new Date(scorecard.asOf))}</time></span></p>
<ol aria-label="Proof points">${rows}</ol>
<footer>Reviewed, sourced evidence on <a href="${page}" rel="noopener">Proofboard</a>. <a href="${baseUrl}/methodology" rel="noopener">How boxes tick</a></footer>
</main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
