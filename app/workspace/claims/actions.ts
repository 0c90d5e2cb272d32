"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flashHref } from "@/components/workspace/flash";
import { formAction } from "@/lib/actions/form-action";
import { createClaim } from "@/lib/server/claims/create-claim";
import { editClaim } from "@/lib/server/claims/edit-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";

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
