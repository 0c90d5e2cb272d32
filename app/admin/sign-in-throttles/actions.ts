"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { clearSignInThrottle } from "@/lib/server/users/sign-in-throttles";

export const clearSignInThrottleAction = formAction(async ({ actor, input }) => {
  await clearSignInThrottle(actor, input);
  revalidatePath("/admin/sign-in-throttles");
  return { status: "success", message: "Throttle cleared: the next attempt is checked at once." };
});
