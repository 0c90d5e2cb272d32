"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormInput } from "@/lib/actions/form-action";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { rejectProposal } from "@/lib/server/proposals/reject-proposal";

function text(input: FormInput, key: string): string {
  const value = input[key];
  return typeof value === "string" ? value : "";
}

// The decided proposal leaves the queue, so its form (and any message in it) unmounts:
// the confirmation travels in the URL instead. Only ids and a fixed word go there.
function queueUrl(input: FormInput, decided: "approved" | "rejected"): string {
  const query = new URLSearchParams({ decided, claim: text(input, "claimId") });
  if (text(input, "tracker")) query.set("tracker", text(input, "tracker"));
  return `/workspace/review?${query}`;
}

// A stale approval throws STALE after marking the proposal superseded; the error stays in
// the card where the reviewer acted, and the next page load drops the card.
export const approveProposalAction = formAction(async ({ actor, input }) => {
  await approveProposal(actor, { proposalId: input.proposalId, note: input.note, meetsCriteria: input.meetsCriteria });
  // The header's count, the scorecard and the claim page all change with an approval.
  revalidatePath("/", "layout");
  redirect(queueUrl(input, "approved"));
});

export const rejectProposalAction = formAction(async ({ actor, input }) => {
  await rejectProposal(actor, { proposalId: input.proposalId, note: input.note });
  revalidatePath("/", "layout");
  redirect(queueUrl(input, "rejected"));
});
