import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT } from "./common";

export const ZClearSignInThrottleInput = z.object({
  scope: z.enum(["pair", "account"], { error: "must be pair or account" }),
  accountKey: z.string({ error: "is required" }).min(1, "is required").max(320, "must be at most 320 characters").refine(isStorableText, UNSTORABLE_TEXT),
  ip: z.string().max(45, "must be at most 45 characters").refine(isStorableText, UNSTORABLE_TEXT).default(""),
});
