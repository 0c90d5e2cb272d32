import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { DEFAULT_CORRECTIONS_POLICY } from "@/lib/domain/corrections";

/** For the admin page: the current policy text and the earlier versions, newest first. */
export async function getCorrectionsPolicyHistory(actor: Actor | null) {
  requirePermission(actor, "corrections:edit");
  const versions = await getDb().correctionsPolicy.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, text: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  return {
    current: versions[0]?.text ?? DEFAULT_CORRECTIONS_POLICY,
    isDefault: versions.length === 0,
    versions: versions.map((version) => ({ id: version.id, text: version.text, at: version.createdAt.toISOString(), by: version.createdBy.name })),
  };
}
