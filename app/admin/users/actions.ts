"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/server/users/set-user-active";
import { setUserRoles } from "@/lib/server/users/set-user-roles";

export const createUserAction = formAction(async ({ actor, input }) => {
  const user = await createUser(actor, input);
  revalidatePath("/admin/users");
  redirect(`/admin/users/${user.id}?created=1`);
});

export const setUserRolesAction = formAction(async ({ actor, input }) => {
  await setUserRoles(actor, input);
  revalidatePath("/admin/users");
  return { status: "success", message: "Roles saved." };
});

export const setUserActiveAction = formAction(async ({ actor, input }) => {
  const activate = input.intent === "reactivate";
  await (activate ? reactivateUser : deactivateUser)(actor, { userId: input.userId });
  revalidatePath("/admin/users");
  return {
    status: "success",
    message: activate ? "The account is active again." : "The account is deactivated and its sessions have ended.",
  };
});
