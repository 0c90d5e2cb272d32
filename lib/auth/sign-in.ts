import "server-only";
import { APIError } from "better-auth/api";
import { AppError } from "@/lib/errors/app-error";
import { ZSignInInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse";
import { getAuth } from "./auth";
import { reserveSignInAttempt, signInFailed, signInSucceeded } from "./rate-limit";

// One message for an unknown email and a wrong password, so sign-in never tells
// which emails have accounts.
export const WRONG_CREDENTIALS = "The email or password is incorrect.";

/**
 * Signs in with email and password after the rate limit; better-auth sets the session
 * cookie through its nextCookies plugin when called from a server action.
 */
export async function signInWithPassword(input: unknown, request: { ip: string; headers: Headers }) {
  const data = parseInput(ZSignInInput, input);
  await reserveSignInAttempt(data.email, request.ip);
  try {
    const result = await getAuth().api.signInEmail({
      body: { email: data.email, password: data.password, rememberMe: true },
      headers: request.headers,
    });
    await signInSucceeded(data.email, request.ip);
    return result;
  } catch (error) {
    if (isApiError(error)) {
      if (error.status === "FORBIDDEN") throw new AppError("FORBIDDEN", error.body?.message ?? "This account cannot sign in.");
      if (error.status === "UNAUTHORIZED" || error.status === "BAD_REQUEST") {
        await signInFailed(data.email, request.ip);
        throw new AppError("UNAUTHENTICATED", WRONG_CREDENTIALS);
      }
    }
    throw error;
  }
}

/**
 * better-auth's APIError, also when it comes from another copy of the module: the page
 * server loads Next.js outside the bundle, so the class the error was built with is not
 * always the one imported here (a dual-package copy), and `instanceof` alone misses it.
 */
function isApiError(error: unknown): error is APIError {
  return error instanceof APIError || (error instanceof Error && error.name === "APIError" && "status" in error && "statusCode" in error);
}

export async function signOut(headers: Headers): Promise<void> {
  await getAuth().api.signOut({ headers });
}
