import "server-only";
// The live items that share an origin with one item on its claim: what a provenance change can
// move, so the commands know which cited items (and so which verdicts) it touches.
import type { Prisma } from "@/generated/prisma/client";
import { originKeys, type ProvenanceEdge } from "@/lib/domain/independent-origins";
import { toEdge } from "@/lib/server/read/provenance";

export async function itemsSharingOrigin(tx: Prisma.TransactionClient, claimId: string, evidenceIds: readonly string[]): Promise<string[]> {
  const items = await tx.evidence.findMany({ where: { claimId, deletedAt: null }, select: { id: true } });
  const links = await tx.provenanceLink.findMany({
    where: { claimId, removedAt: null },
    select: { evidenceId: true, parentEvidenceId: true, originId: true },
  });
  const edges = links.map(toEdge).filter((edge): edge is ProvenanceEdge => edge !== null);
  const ids = [...new Set([...items.map((item) => item.id), ...evidenceIds])];
  const keys = originKeys(ids, edges);
  const wanted = new Set(evidenceIds.map((id) => keys.get(id)));
  return ids.filter((id) => wanted.has(keys.get(id)));
}
