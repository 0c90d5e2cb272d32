// A valid call of each verdict-integrity command (re-review confirmations and source
// grades with four eyes), in the shape of VALID_CALLS: spread into it so the
// authorization matrix and the rule 1 test cover these commands.
import type { Actor } from "@/lib/auth/actor";
import { RATIONALE } from "./builders";
import { makeFlaggedClaim, makeGradeProposal } from "./verdict-builders";
import { makeSource } from "./workspace-builders";

type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;

export const VERDICT_VALID_CALLS = {
  async proposeConfirmation() {
    const { claim, kept } = await makeFlaggedClaim();
    return { claimId: claim.id, rationale: RATIONALE, evidenceIds: [kept.id] };
  },
  // Someone else's proposal (four eyes).
  async approveSourceGrade() {
    const { proposal } = await makeGradeProposal();
    return { proposalId: proposal.id, note: "Checked the retractions." };
  },
  async rejectSourceGrade() {
    const { proposal } = await makeGradeProposal();
    return { proposalId: proposal.id, note: "One retraction, not two." };
  },
  // A provisional grade set by someone else.
  async confirmSourceGrade() {
    const source = await makeSource({ grade: "B" });
    return { sourceId: source.id, note: "A wire service with a record of corrections." };
  },
} satisfies Record<string, Prepare>;

export type VerdictCommandName = keyof typeof VERDICT_VALID_CALLS;

type Expected = "allowed" | "denied";

/** Authorization matrix rows: anonymous, analyst, reviewer, admin, deactivated. */
// prettier-ignore
export const VERDICT_MATRIX_ROWS: Record<VerdictCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  proposeConfirmation: ["denied", "allowed", "allowed", "denied", "denied"],
  approveSourceGrade:  ["denied", "denied",  "allowed", "denied", "denied"],
  rejectSourceGrade:   ["denied", "denied",  "allowed", "denied", "denied"],
  confirmSourceGrade:  ["denied", "denied",  "allowed", "denied", "denied"],
};

/** Who runs each command in the rule 1 test (nothing but an approval moves a status). */
export const VERDICT_RUN_AS: Record<VerdictCommandName, "analyst" | "reviewer"> = {
  proposeConfirmation: "analyst",
  approveSourceGrade: "reviewer",
  rejectSourceGrade: "reviewer",
  confirmSourceGrade: "reviewer",
};
