"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { FLASH_MESSAGES, flashHref } from "@/components/workspace/flash";
import { formAction, type FormInput } from "@/lib/actions/form-action";
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

// The form sends what it opened with as "base.<field>"; the command takes it as one object.
function withBase(input: FormInput) {
  const base: Record<string, string | string[]> = {};
  const rest: FormInput = {};
  for (const [key, value] of Object.entries(input)) {
    if (key.startsWith("base.")) base[key.slice(5)] = value;
    else rest[key] = value;
  }
  return Object.keys(base).length > 0 ? { ...rest, base } : rest;
}

export const editClaimAction = formAction(async ({ actor, input }) => {
  const { claim, changed, keptTheirs } = await editClaim(actor, withBase(input));
  if (changed) revalidatePath(`/claims/${claim.id}`);
  redirect(flashHref(claimPath(claim.id), !changed ? "claim-unchanged" : keptTheirs.length > 0 ? "claim-merged" : "claim-updated"));
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
