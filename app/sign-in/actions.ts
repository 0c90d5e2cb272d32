"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { safeReturnPath } from "@/lib/auth/session";
import { signInWithPassword, signOut } from "@/lib/auth/sign-in";
import { clientIp } from "@/lib/http/request-origin";


export const signInAction = formAction(async ({ input }) => {
  const requestHeaders = await headers();
  await signInWithPassword(input, { ip: clientIp(requestHeaders), headers: requestHeaders });
  redirect(safeReturnPath(input.next));
});

export const signOutAction = buttonAction(async () => {
  await signOut(await headers());
  redirect("/");
});
