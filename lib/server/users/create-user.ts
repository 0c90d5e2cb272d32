import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZCreateUserInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse";
import { inTransaction } from "@/lib/server/transaction";
import { createUserRecord } from "./create-user-record";

/** An admin creates an account with an initial password the user should change. */
export async function createUser(actor: Actor | null, input: unknown) {
  requirePermission(actor, "user:manage");
  const data = parseInput(ZCreateUserInput, input);
  return inTransaction((tx) => createUserRecord(tx, actor, data));
}
