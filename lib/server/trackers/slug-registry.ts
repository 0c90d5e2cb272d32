import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidField } from "@/lib/errors/app-error";

// Slugs must be unique across trackers' current slugs and their old ones (aliases), which
// live in two tables: no single unique index can say that. Every command that claims a
// slug takes this lock first, so two admins cannot claim the same free slug at once.
const SLUG_LOCK = 72_750_010;

export async function lockSlugs(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SLUG_LOCK})`;
}

/** Throws INVALID_INPUT on "slug" unless `slug` is free, or already belongs to `ownTrackerId`. */
export async function assertSlugAvailable(tx: Prisma.TransactionClient, slug: string, ownTrackerId?: string): Promise<void> {
  const tracker = await tx.tracker.findUnique({ where: { slug }, select: { id: true } });
  if (tracker && tracker.id !== ownTrackerId) throw invalidField("slug", "is already used by another tracker");
  const alias = await tx.trackerSlugAlias.findUnique({ where: { slug }, select: { trackerId: true } });
  if (alias && alias.trackerId !== ownTrackerId) {
    throw invalidField("slug", "is a former address of another tracker (old links redirect there)");
  }
}

/**
 * Moves a tracker from `from` to `to`: the old slug becomes an alias, so old links keep
 * working. Renaming back to one of its own old slugs turns that alias into the slug again.
 */
export async function moveSlug(tx: Prisma.TransactionClient, trackerId: string, from: string, to: string, at: Date): Promise<void> {
  await tx.trackerSlugAlias.deleteMany({ where: { slug: to, trackerId } });
  await tx.trackerSlugAlias.create({ data: { slug: from, trackerId, createdAt: at } });
}
