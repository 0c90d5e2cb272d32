import { ImageResponse } from "next/og";

// The picture link previews show for pages without one of their own (a scorecard draws its own).
export const alt = "Proofboard: public, evidence-backed scorecards for contested claims";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function SiteOpenGraphImage() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "center", padding: 80, background: "#1d4f91", color: "#ffffff" }}>
        <div style={{ display: "flex", fontSize: 96, fontWeight: 700 }}>Proofboard</div>
        <div style={{ display: "flex", fontSize: 40, marginTop: 24, lineHeight: 1.3 }}>
          Public, evidence-backed scorecards for contested claims: which proof points have ticked, on what evidence, and who reviewed each change.
        </div>
      </div>
    ),
    size,
  );
}
