import "server-only";
import { getDb } from "@/lib/db/client";
import { boxStatusOf, proofPointState, type ProofPointState } from "@/lib/domain";
import type { CriteriaFields } from "@/lib/domain/criteria";
import { toTimestamp } from "@/lib/server/read/serialize";
import { publicReadableProofPointWhere } from "@/lib/server/read/visibility";

export type PublicCriteriaVersion = CriteriaFields & {
  version: number;
  note: string;
  author: string;
  createdAt: string;
};

export type PublicProofPoint = {
  tracker: { slug: string; title: string; isDemo: boolean };
  key: string;
  title: string;
  question: string;
  state: ProofPointState;
  retiredAt: string | null;
  claimCount: number;
  /** Newest first; the first entry is the current criteria. */
  criteria: PublicCriteriaVersion[];
};

/** A proof point of a public tracker (retired ones included) with every criteria version. */
export async function getPublicProofPoint(options: { slug: string; key: string }): Promise<PublicProofPoint | null> {
  const point = await getDb().proofPoint.findFirst({
    // AND, not a spread: both sides filter on `tracker`, and a spread would drop visibility.
    where: { AND: [publicReadableProofPointWhere(), { key: options.key, tracker: { slug: options.slug } }] },
    select: {
      key: true,
      title: true,
      question: true,
      retiredAt: true,
      tracker: { select: { slug: true, title: true, isDemo: true } },
      claims: { select: { status: true, meetsCriteria: true } },
      criteria: {
        orderBy: { version: "desc" },
        select: {
          version: true,
          tickWhen: true,
          contestedWhen: true,
          thresholdValue: true,
          thresholdUnit: true,
          thresholdQualifier: true,
          note: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  if (!point) return null;
  const statuses = point.claims.map(boxStatusOf);
  return {
    tracker: point.tracker,
    key: point.key,
    title: point.title,
    question: point.question,
    state: proofPointState(statuses),
    retiredAt: point.retiredAt ? toTimestamp(point.retiredAt) : null,
    claimCount: statuses.length,
    criteria: point.criteria.map(({ author, createdAt, ...version }) => ({
      ...version,
      author: author.name,
      createdAt: toTimestamp(createdAt),
    })),
  };
}
