"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { FLASH_MESSAGES, flashHref } from "@/components/workspace/flash";
import { formAction } from "@/lib/actions/form-action";
import { createClaim } from "@/lib/server/claims/create-claim";
import { editClaim } from "@/lib/server/claims/edit-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";

const claimPath = (id: string) => `/workspace/claims/${id}`;

export const createClaimAction = formAction(async ({ actor, input }) => {
  const claim = await createClaim(actor, input);
  redirect(flashHref(claimPath(claim.id), "claim-created"));
});

export const editClaimAction = formAction(async ({ actor, input }) => {
  const { claim, changed } = await editClaim(actor, input);
  if (changed) revalidatePath(`/claims/${claim.id}`);
  redirect(flashHref(claimPath(claim.id), changed ? "claim-updated" : "claim-unchanged"));
});

export const addEvidenceAction = formAction(async ({ actor, input }) => {
  const evidence = await addEvidence(actor, input);
  revalidatePath(`/claims/${evidence.claimId}`);
  redirect(flashHref(claimPath(evidence.claimId), "evidence-added", `evidence-${evidence.id}`));
});

// The claim page's own forms: each stays on the page, which re-renders with the change
// (the new item among the evidence to cite, the grade in the balance), so an analyst logs,
// grades and proposes without a page load.

export const addEvidenceHereAction = formAction(async ({ actor, input }) => {
  const evidence = await addEvidence(actor, input);
  revalidatePath(`/claims/${evidence.claimId}`);
  revalidatePath(claimPath(evidence.claimId));
  return { status: "success", message: "Evidence added. It is on the public claim page now, and listed below to cite.", details: { evidenceId: evidence.id } };
});

export const gradeSourceHereAction = formAction(async ({ actor, input }) => {
  const result = await proposeSourceGrade(actor, input);
  // A provisional first grade applies at once: claim pages citing the source re-weigh.
  revalidatePath("/claims/[id]", "page");
  revalidatePath("/workspace/claims/[id]", "page");
  return {
    status: "success",
    message: result.kind === "provisional" ? FLASH_MESSAGES["source-graded-provisionally"] : FLASH_MESSAGES["source-grade-proposed"],
  };
});

export const proposeHereAction = formAction(async ({ actor, input }) => {
  const proposal = await proposeStatusChange(actor, input);
  // Reviewers' header counts include the new proposal.
  revalidatePath("/", "layout");
  return { status: "success", message: "Proposal submitted. It applies when another reviewer approves it.", details: { proposalId: proposal.id } };
});
