"use server";

import { revalidatePath } from "next/cache";
import { buttonAction } from "@/lib/actions/form-action";
import { markInboxSeen } from "@/lib/server/notifications/preference-commands";

// "Decided since you last looked" starts again from now.
export const markInboxSeenAction = buttonAction(async ({ actor }) => {
  await markInboxSeen(actor, {});
  revalidatePath("/workspace");
});
