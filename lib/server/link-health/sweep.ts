// The scheduled sweep: queues a link check for every live evidence item not checked for a
// week, spaced per host so no site sees more than one check from us every HOST_SPACING
// seconds. Runs hourly, so a week's checks spread over the week.
import "server-only";
import { getDb } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";

export const RECHECK_AFTER_DAYS = 7;
export const HOST_SPACING_SECONDS = 30;
/** One sweep plans an hour: at most this many checks per host. */
const PER_HOST_PER_SWEEP = 3600 / HOST_SPACING_SECONDS;
const MAX_PER_SWEEP = 2000;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export async function sweepLinkHealth(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const due = await db.evidence.findMany({
    where: { deletedAt: null, OR: [{ linkCheckedAt: null }, { linkCheckedAt: { lt: new Date(now.getTime() - RECHECK_AFTER_DAYS * 86_400_000) } }] },
    select: { id: true, url: true },
    orderBy: [{ linkCheckedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
    take: MAX_PER_SWEEP,
  });
  const perHost = new Map<string, number>();
  const planned: { id: string; startAfter: Date }[] = [];
  for (const item of due) {
    const host = hostOf(item.url);
    const index = perHost.get(host) ?? 0;
    if (index >= PER_HOST_PER_SWEEP) continue;
    perHost.set(host, index + 1);
    planned.push({ id: item.id, startAfter: new Date(now.getTime() + index * HOST_SPACING_SECONDS * 1000) });
  }
  await db.$transaction(async (tx) => {
    for (const item of planned) await enqueue(tx, "evidence.check-link", { evidenceId: item.id }, { singletonKey: item.id, startAfter: item.startAfter });
  });
  return planned.length;
}
