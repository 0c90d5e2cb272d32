import "server-only";
// The shared frame of the commands that switch a tracker or a proof point between two
// states (publish / unpublish, archive / unarchive, retire / restore): admins only, one
// moment for everything written, one transaction, and every switch recorded twice, in the
// tracker's public checklist history and in the audit log.
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { z } from "zod";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext, type Touch } from "@/lib/server/transaction";
import { recordChecklistChange, type ChecklistChangeInput } from "./checklist-change";

export type SwitchFrame<I> = { tx: Prisma.TransactionClient; touch: Touch; input: I; at: Date; actor: Actor };

export async function runSwitchCommand<S extends z.ZodType, T>(
  actor: Actor | null,
  schema: S,
  input: unknown,
  context: CommandContext,
  work: (frame: SwitchFrame<z.output<S>>) => Promise<T>,
): Promise<T> {
  const admin = requirePermission(actor, "tracker:manage");
  const data = parseInput(schema, input);
  const at = context.now ?? new Date();
  return inTransaction((tx, touch) => work({ tx, touch, input: data, at, actor: admin }));
}

/** Writes the switch into the public checklist history and the audit log. */
export async function recordSwitch(
  frame: Pick<SwitchFrame<unknown>, "tx" | "at" | "actor">,
  checklist: Omit<ChecklistChangeInput, "actor" | "at">,
  audit: Omit<AuditEventInput, "actor">,
): Promise<void> {
  await recordChecklistChange(frame.tx, { ...checklist, actor: frame.actor, at: frame.at });
  await recordAuditEvent(frame.tx, { ...audit, actor: frame.actor });
}
