import "server-only";
import { getDb } from "@/lib/db/client";
import { publicClaimWhere, publicEvidenceWhere } from "@/lib/server/read/visibility";

export type CaptureText = { id: string; capturedAt: Date; requestedUrl: string; finalUrl: string | null; sha256: string | null; pageTitle: string | null; text: string; evidenceTitle: string; claimId: string; evidenceId: string };

/** A successful capture's readable text, if its evidence item is public. */
export async function getCaptureText(id: string): Promise<CaptureText | null> {
  const row = await getDb().evidenceCapture.findFirst({
    where: { id, outcome: "captured", readableText: { not: null }, evidence: { ...publicEvidenceWhere(), claim: publicClaimWhere() } },
    select: { id: true, capturedAt: true, requestedUrl: true, finalUrl: true, sha256: true, pageTitle: true, readableText: true, evidence: { select: { id: true, title: true, claimId: true } } },
  });
  if (!row) return null;
  return { ...row, text: row.readableText!, evidenceTitle: row.evidence.title, claimId: row.evidence.claimId, evidenceId: row.evidence.id };
}
