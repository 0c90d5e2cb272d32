"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";

export const withdrawProposalAction = formAction(async ({ actor, input }) => {
  await withdrawProposal(actor, { proposalId: input.proposalId });
  // Reviewers' header counts drop with it.
  revalidatePath("/", "layout");
  redirect("/workspace/proposals?withdrawn=1");
});
