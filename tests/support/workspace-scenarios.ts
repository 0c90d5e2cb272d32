// A valid call of each analyst workspace command, with fresh fixtures per call, in the
// shape of VALID_CALLS in command-scenarios.ts: spread into it so the authorization
// matrix covers these commands. Allowed: analyst and reviewer; refused: anonymous
// (UNAUTHENTICATED), admin and deactivated users (FORBIDDEN).
import type { Actor } from "@/lib/auth/actor";
import { makeClaim, makeEvidence } from "./builders";
import { editClaimInput, editEvidenceInput, makeSource } from "./workspace-builders";

type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;

export const WORKSPACE_VALID_CALLS = {
  async editClaim() {
    const claim = await makeClaim();
    return editClaimInput(claim.id, { statement: "An edited statement of what the prototype did." });
  },
  async editEvidence() {
    const claim = await makeClaim();
    const evidence = await makeEvidence({ claimId: claim.id });
    return editEvidenceInput(evidence.id, { title: "A corrected title for this article" });
  },
  async removeEvidence() {
    const claim = await makeClaim();
    const evidence = await makeEvidence({ claimId: claim.id });
    return { evidenceId: evidence.id, reason: "Logged against the wrong claim." };
  },
  // A graded source: any analyst may propose a change (the proposal waits for a reviewer).
  async proposeSourceGrade() {
    const source = await makeSource({ grade: "C" });
    return { sourceId: source.id, reliability: "B", rationale: "A wire service with a record of corrections." };
  },
  async updateSource() {
    const source = await makeSource();
    return { sourceId: source.id, name: "A clearer name for this outlet" };
  },
} satisfies Record<"editClaim" | "editEvidence" | "removeEvidence" | "proposeSourceGrade" | "updateSource", Prepare>;

export type WorkspaceCommandName = keyof typeof WORKSPACE_VALID_CALLS;

type Expected = "allowed" | "denied";

/** Authorization matrix rows: anonymous, analyst, reviewer, admin, deactivated. */
export const WORKSPACE_MATRIX_ROWS: Record<WorkspaceCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  editClaim:      ["denied", "allowed", "allowed", "denied", "denied"],
  editEvidence:   ["denied", "allowed", "allowed", "denied", "denied"],
  removeEvidence: ["denied", "allowed", "allowed", "denied", "denied"],
  proposeSourceGrade: ["denied", "allowed", "allowed", "denied", "denied"],
  updateSource:   ["denied", "allowed", "allowed", "denied", "denied"],
};

/** Who runs each command in the rule 1 test (nothing but an approval moves a status). */
export const WORKSPACE_RUN_AS: Record<WorkspaceCommandName, "analyst"> = {
  editClaim: "analyst",
  editEvidence: "analyst",
  removeEvidence: "analyst",
  proposeSourceGrade: "analyst",
  updateSource: "analyst",
};
