"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { safeReturnPath } from "@/lib/auth/session";
import { signInWithPassword, signOut } from "@/lib/auth/sign-in";

// Behind a proxy the first X-Forwarded-For hop is the client; directly, all share "local".
async function clientIp(requestHeaders: Headers): Promise<string> {
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
}

export const signInAction = formAction(async ({ input }) => {
  const requestHeaders = await headers();
  await signInWithPassword(input, { ip: await clientIp(requestHeaders), headers: requestHeaders });
  redirect(safeReturnPath(input.next));
});

export const signOutAction = buttonAction(async () => {
  await signOut(await headers());
  redirect("/");
});
