import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { headline, PROOF_POINT_STATE_LABELS, type ProofPointState } from "@/lib/domain";
import { ogText } from "@/lib/embeds/og-text";
import { readTrackerScorecard } from "@/lib/server/public/cached-reads";

// The scorecard as the picture a link preview shows: its title, "N of M boxes ticked", a
// box per proof point and the day it was counted. Drawn per request from the cached read.
export const alt = "The scorecard's headline: how many of its proof points have ticked";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const BOX: Record<ProofPointState, { background: string; border: string }> = {
  ticked: { background: "#dcfce7", border: "#14532d" },
  partial: { background: "#eef5d6", border: "#44500c" },
  contested: { background: "#ffedd5", border: "#7c2d12" },
  open: { background: "#ffffff", border: "#7d848e" },
};
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const scorecard = await readTrackerScorecard((await params).slug);
  if (!scorecard) notFound();
  const states = scorecard.proofPoints.map((point) => point.state);
  const counts = (["ticked", "partial", "contested", "open"] as const)
    .map((state) => [state, states.filter((candidate) => candidate === state).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${PROOF_POINT_STATE_LABELS[state].toLowerCase()}`)
    .join(" · ");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#f7f6f3", color: "#1c1f23" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 30, color: "#4f5661" }}>Proofboard scorecard{scorecard.tracker.isDemo ? " (demo data)" : ""}</div>
          <div style={{ display: "flex", fontSize: 60, fontWeight: 700, marginTop: 16, lineHeight: 1.15 }}>
            {ogText(scorecard.tracker.title, "Scorecard", 90)}
          </div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: 72, fontWeight: 700 }}>{headline(scorecard.ticked, scorecard.total)}</div>
          <div style={{ display: "flex", flexWrap: "wrap", gap: 14, marginTop: 24 }}>
            {states.slice(0, 24).map((state, index) => (
              <div key={index} style={{ width: 56, height: 56, borderRadius: 6, border: `5px solid ${BOX[state].border}`, background: BOX[state].background }} />
            ))}
          </div>
          <div style={{ display: "flex", fontSize: 28, color: "#4f5661", marginTop: 24 }}>
            {counts ? `${counts} · ` : ""}as of {DATE.format(new Date(scorecard.asOf))}
          </div>
        </div>
      </div>
    ),
    size,
  );
}
