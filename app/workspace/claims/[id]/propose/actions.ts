"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";

export const proposeStatusChangeAction = formAction(async ({ actor, input }) => {
  // Unticked boxes send nothing: no evidenceIds key means "none cited" to the schema.
  const proposal = await proposeStatusChange(actor, input);
  // Reviewers' header counts include the new proposal.
  revalidatePath("/", "layout");
  redirect(`/workspace/proposals?proposed=${encodeURIComponent(proposal.id)}`);
});
