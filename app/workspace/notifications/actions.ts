"use server";

import { revalidatePath } from "next/cache";
import { formAction, type FormInput } from "@/lib/actions/form-action";
import { setNotificationPreferences } from "@/lib/server/notifications/preference-commands";

// The form names each kind's select "kind:<kind>"; the command takes them as one map.
function preferencesFromForm(input: FormInput): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(input).flatMap(([key, value]) => (key.startsWith("kind:") ? [[key.slice(5), value]] : [])));
}

export const setNotificationPreferencesAction = formAction(async ({ actor, input }) => {
  await setNotificationPreferences(actor, { preferences: preferencesFromForm(input) });
  revalidatePath("/workspace/notifications");
  return { status: "success", message: "Saved. Mails follow these choices from now on." };
});
