"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { updateCorrectionsPolicy } from "@/lib/server/reader-submissions/update-corrections-policy";

export const updateCorrectionsPolicyAction = formAction(async ({ actor, input }) => {
  await updateCorrectionsPolicy(actor, input);
  revalidatePath("/admin/corrections-policy");
  return { status: "success", message: "Policy saved: the corrections pages show it now." };
});
