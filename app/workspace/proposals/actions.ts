"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { withdrawProposal } from "@/lib/server/proposals/withdraw-proposal";
import { amendProposal, commentOnProposal } from "@/lib/server/proposals/discuss-proposal";

export const withdrawProposalAction = formAction(async ({ actor, input }) => {
  await withdrawProposal(actor, { proposalId: input.proposalId });
  // Reviewers' header counts drop with it.
  revalidatePath("/", "layout");
  redirect("/workspace/proposals?withdrawn=1");
});

// The comment appears in the thread it was posted to once the page re-renders; the form
// clears itself on success and keeps the text on a refusal.
export const commentOnProposalAction = formAction(async ({ actor, input }) => {
  await commentOnProposal(actor, { proposalId: input.proposalId, body: input.body, requestChanges: input.requestChanges });
  revalidatePath("/workspace/review");
  revalidatePath("/workspace/proposals");
  return { status: "success", message: input.requestChanges === "yes" ? "Changes requested. The proposer sees your comment." : "Comment posted." };
});

export const amendProposalAction = formAction(async ({ actor, input }) => {
  await amendProposal(actor, input);
  revalidatePath("/workspace/review");
  redirect("/workspace/proposals?amended=1");
});
