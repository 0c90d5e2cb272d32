import "server-only";
// The analysts' triage queue of reader submissions: by state (new first), optionally one
// tracker, with the counts per state the queue's tabs and the header show. The reader's
// email is not read: analysts see only whether one was given and confirmed.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ReaderSubmissionState } from "@/lib/domain/corrections";
import { isStorableText } from "@/lib/validation/common";

/** The queue shows this many per page; the oldest new ones first, the newest decided ones first. */
export const SUBMISSION_QUEUE_LIMIT = 50;

export async function listReaderSubmissions(actor: Actor | null, options: { state: ReaderSubmissionState; trackerSlug?: string }) {
  requirePermission(actor, "submission:triage");
  const db = getDb();
  const slug = options.trackerSlug && isStorableText(options.trackerSlug) ? options.trackerSlug : undefined;
  const trackerWhere = slug ? { tracker: { slug } } : {};
  const [items, grouped, trackers] = await Promise.all([
    db.readerSubmission.findMany({
      where: { state: options.state, ...trackerWhere },
      orderBy: options.state === "new" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ decidedAt: "desc" }, { id: "desc" }],
      take: SUBMISSION_QUEUE_LIMIT,
      select: {
        id: true,
        kind: true,
        state: true,
        url: true,
        quote: true,
        stance: true,
        text: true,
        links: true,
        createdAt: true,
        decidedAt: true,
        declineReason: true,
        evidenceId: true,
        createdClaimId: true,
        emailVerifiedAt: true,
        emailTokenHash: true,
        decidedBy: { select: { name: true } },
        tracker: { select: { slug: true, title: true, proofPoints: { where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, title: true } } } },
        proofPoint: { select: { id: true, title: true } },
        claim: { select: { id: true, statement: true, status: true } },
      },
    }),
    db.readerSubmission.groupBy({ by: ["state"], where: trackerWhere, _count: { _all: true } }),
    db.tracker.findMany({ where: { readerSubmissions: { some: {} } }, orderBy: { title: "asc" }, select: { slug: true, title: true } }),
  ]);
  const counts: Record<ReaderSubmissionState, number> = { new: 0, accepted: 0, declined: 0 };
  for (const row of grouped) counts[row.state] = row._count._all;
  return {
    items: items.map(({ emailTokenHash, emailVerifiedAt, ...item }) => ({
      ...item,
      email: emailVerifiedAt ? ("confirmed" as const) : emailTokenHash ? ("unconfirmed" as const) : ("none" as const),
    })),
    counts,
    trackers,
  };
}

export type ReaderSubmissionQueue = Awaited<ReturnType<typeof listReaderSubmissions>>;
export type ReaderSubmissionItem = ReaderSubmissionQueue["items"][number];

/** New submissions waiting for triage: one indexed count, for the header. */
export async function countNewReaderSubmissions(actor: Actor | null): Promise<number> {
  requirePermission(actor, "submission:triage");
  return getDb().readerSubmission.count({ where: { state: "new" } });
}
