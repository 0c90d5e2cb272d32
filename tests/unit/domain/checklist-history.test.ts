import { describe, expect, it } from "vitest";
import {
  criteriaChangedSummary,
  proofPointEditedSummary,
  publishedSummary,
  reorderedSummary,
  trackerEditedSummary,
} from "@/lib/domain/checklist-history";

describe("checklist history sentences", () => {
  it("says how many boxes a tracker was published with", () => {
    expect(publishedSummary(6, true)).toBe("Published with 6 proof points, each with its resolution criteria.");
    expect(publishedSummary(1, false)).toBe("Published again, with 1 proof point.");
  });

  it("names every tracker field that changed, and nothing when none did", () => {
    expect(trackerEditedSummary({ slug: ["euv", "euv-lithography"], title: ["EUV", "China EUV"], question: true, description: false })).toBe(
      "Moved from /trackers/euv to /trackers/euv-lithography (old links redirect); Title changed from “EUV” to “China EUV”; Question reworded.",
    );
    expect(trackerEditedSummary({ question: false, description: false })).toBeNull();
  });

  it("describes proof point edits, and nothing when nothing changed", () => {
    expect(proofPointEditedSummary(["Optics", "Optics supply"], true)).toBe("Proof point “Optics”: renamed to “Optics supply”; question reworded.");
    expect(proofPointEditedSummary(["Optics", "Optics"], false)).toBeNull();
  });

  it("says a criteria change leaves claim statuses alone", () => {
    expect(criteriaChangedSummary("Throughput", 2)).toBe(
      "Changed the resolution criteria of “Throughput” (version 2). Claim statuses were not changed by this.",
    );
    expect(criteriaChangedSummary("Throughput", 1)).toBe("Set the resolution criteria of “Throughput”.");
  });

  it("lists the new order", () => {
    expect(reorderedSummary(["B", "A"])).toBe("Reordered the proof points: “B”, “A”.");
  });
});
