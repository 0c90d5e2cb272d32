"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { proposeConfirmation } from "@/lib/server/proposals/propose-confirmation";

export const proposeConfirmationAction = formAction(async ({ actor, input }) => {
  const proposal = await proposeConfirmation(actor, input);
  revalidatePath("/", "layout");
  redirect(`/workspace/proposals?proposed=${encodeURIComponent(proposal.id)}`);
});
