"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { buttonAction, formAction } from "@/lib/actions/form-action";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";

// better-auth's session cookie holds "<token>.<signature>"; the token identifies the row to keep.
const SESSION_COOKIES = ["__Secure-better-auth.session_token", "better-auth.session_token"];

async function currentSessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return raw ? decodeURIComponent(raw).split(".")[0] : undefined;
}

export const changePasswordAction = formAction(async ({ actor, input }) => {
  const { otherSessionsEnded } = await changeOwnPassword(actor, input, { keepSessionToken: await currentSessionToken() });
  return {
    status: "success",
    message: `Your password was changed.${otherSessionsEnded ? ` ${otherSessionsEnded} other session${otherSessionsEnded === 1 ? " was" : "s were"} signed out.` : ""}`,
  };
});

/** Ends every session of the acting user, this one included. */
export const signOutEverywhereAction = buttonAction(async ({ actor }) => {
  await signOutEverywhere(actor, {});
  redirect("/sign-in");
});
