// A reviewer's approval note is part of the public record: the claim page's history shows it.
import { describe, expect, it } from "vitest";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { makeApprovedChange, makeClaim, makeProposal, makeTracker, makeUser } from "../support/builders";

describe("approval notes in the public history", () => {
  it("shows what the reviewer wrote on approving, and nothing for an approval without a note", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "disputed" });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    await approveProposal(reviewer, { proposalId: proposal.id, note: "  Checked both reports against the ministry's filing.  " });

    const history = (await getPublicClaim({ id: claim.id }))!.history;
    expect(history.map((entry) => [entry.toStatus, entry.approvalNote])).toEqual([
      ["partially_supported", null],
      ["disputed", "Checked both reports against the ministry's filing."],
    ]);
  });
});
