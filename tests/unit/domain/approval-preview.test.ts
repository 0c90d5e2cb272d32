import { describe, expect, it } from "vitest";
import { describeApprovalPreview, previewApproval, type PreviewPoint } from "@/lib/domain/approval-preview";

const points: PreviewPoint[] = [
  { id: "wafer", title: "Wafer results", claims: [{ id: "w1", status: "supported", meetsCriteria: true }] },
  { id: "overlay", title: "Overlay + CDU", claims: [{ id: "o1", status: "partially_supported", meetsCriteria: null }, { id: "o2", status: "unverified", meetsCriteria: null }] },
  { id: "throughput", title: "Throughput", claims: [] },
];

describe("previewApproval", () => {
  it("says a supported claim ticks its box, counting the tracker's ticked boxes before and after", () => {
    const preview = previewApproval(points, { claimId: "o2", proofPointId: "overlay", toStatus: "supported" })!;
    expect(preview).toMatchObject({ before: "partial", after: "ticked", tickedBefore: 1, tickedAfter: 2, total: 3, assumesCriteriaMet: true });
    expect(describeApprovalPreview(preview)).toBe("Ticks Overlay + CDU: 1 → 2 of 3 (if you judge it meets the criteria)");
  });

  it("says when the only ticking claim moves away, the box unticks", () => {
    const preview = previewApproval(points, { claimId: "w1", proofPointId: "wafer", toStatus: "disputed" })!;
    expect(describeApprovalPreview(preview)).toBe("Unticks Wafer results: 1 → 0 of 3");
  });

  it("says a box that changes state without ticking moves, and one that keeps its state stays", () => {
    expect(describeApprovalPreview(previewApproval(points, { claimId: "x", proofPointId: "throughput", toStatus: "disputed" })!)).toBe(
      "Throughput stays open; 1 of 3 ticked",
    );
    const moved = { ...points[2]!, claims: [{ id: "t1", status: "unverified" as const, meetsCriteria: null }] };
    expect(describeApprovalPreview(previewApproval([points[0]!, points[1]!, moved], { claimId: "t1", proofPointId: "throughput", toStatus: "disputed" })!)).toBe(
      "Moves Throughput from open to contested; 1 of 3 ticked",
    );
    expect(describeApprovalPreview(previewApproval(points, { claimId: "o2", proofPointId: "overlay", toStatus: "refuted" })!)).toBe("Overlay + CDU stays partial; 1 of 3 ticked");
  });

  it("has nothing to say for a claim under a point that is not active", () => {
    expect(previewApproval(points, { claimId: "r1", proofPointId: "retired", toStatus: "supported" })).toBeNull();
  });
});
