import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/**
 * The source of a link is matched by domain, or created on the fly with reliability F
 * ("cannot be judged") until someone grades it, so an ungraded source never adds weight.
 * The analyst who logged it may set its first grade, shown as provisional until confirmed.
 */
export async function findOrCreateSource(tx: Prisma.TransactionClient, actor: Actor, domain: string, name?: string) {
  const existing = await tx.source.findUnique({ where: { domain } });
  if (existing) return existing;
  // ON CONFLICT: two analysts citing a new domain at once must not fail each other.
  const inserted = await tx.$queryRaw<{ id: string }[]>`INSERT INTO sources (id, name, domain, reliability, "ratingRationale", "createdById", "createdAt", "updatedAt")
    VALUES (${`src_${globalThis.crypto.randomUUID().replaceAll("-", "")}`}, ${name ?? domain}, ${domain}, 'F', '', ${actor.id}, now(), now())
    ON CONFLICT (domain) DO NOTHING RETURNING id`;
  const source = await tx.source.findUniqueOrThrow({ where: { domain } });
  if (inserted.length > 0) {
    await recordAuditEvent(tx, { actor, action: "source.create", entityType: "Source", entityId: source.id, after: source });
  }
  return source;
}
