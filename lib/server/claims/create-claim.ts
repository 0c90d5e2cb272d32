import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { ZCreateClaimInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type Touch } from "@/lib/server/transaction";

/** Files a new claim under a proof point. New claims are always unverified (rule 1). */
export async function createClaim(actor: Actor | null, input: unknown) {
  const user = requirePermission(actor, "claim:create");
  const data = parseInput(ZCreateClaimInput, input);
  return inTransaction((tx, touch) => fileClaim(tx, touch, user, data));
}

/**
 * The body of createClaim, for a command that files a claim inside its own transaction
 * (accepting a reader's suggested claim). The caller has checked "claim:create" and parsed
 * the input with ZCreateClaimInput.
 */
export async function fileClaim(tx: Prisma.TransactionClient, touch: Touch, user: Actor, data: z.output<typeof ZCreateClaimInput>) {
  const proofPoint = await tx.proofPoint.findUnique({
    where: { id: data.proofPointId },
    select: { id: true, retiredAt: true, tracker: { select: { archivedAt: true } } },
  });
  if (!proofPoint) throw invalidField("proofPointId", "does not match any proof point");
  if (proofPoint.retiredAt) throw invalidField("proofPointId", "is retired; file the claim under an active proof point");
  if (proofPoint.tracker.archivedAt) throw new AppError("CONFLICT", "This tracker is archived; it takes no new claims.");
  const claim = await tx.claim.create({
    data: {
      proofPointId: data.proofPointId,
      statement: data.statement,
      claimant: data.claimant,
      subject: data.subject,
      claimedAt: data.claimedAt,
      resolveBy: data.resolveBy ?? null,
      createdById: user.id,
    },
  });
  touch.claim(claim.id);
  await recordAuditEvent(tx, { actor: user, action: "claim.create", entityType: "Claim", entityId: claim.id, after: claim });
  return claim;
}
