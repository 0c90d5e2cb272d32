"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { confirmFollow, followByEmail, unsubscribe } from "@/lib/server/notifications/reader-commands";

// Readers have no account: these actions pass no actor. The form's fields arrive as they
// are typed; the command names any it refuses.
export const followByEmailAction = formAction(async ({ input }) => {
  await followByEmail({
    email: input.email,
    cadence: input.cadence,
    ...(input.trackerId ? { trackerId: input.trackerId } : {}),
    ...(input.claimId ? { claimId: input.claimId } : {}),
  });
  // The address is not repeated: whoever sees this screen may not own it.
  return { status: "success", message: "Almost done: we sent a confirmation link to that address. Nothing else is sent until you open it." };
});

export const confirmFollowAction = formAction(async ({ input }) => {
  await confirmFollow({ token: input.token });
  redirect(`/follow/${encodeURIComponent(String(input.token))}?confirmed=1`);
});

export const unsubscribeAction = formAction(async ({ input }) => {
  const result = await unsubscribe({
    token: input.token,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.cadence ? { cadence: input.cadence } : {}),
  });
  return { status: "success", message: result.what };
});
