import type { ReactNode } from "react";
import { confirmedLacksOrigins, confirmedWithoutOriginsWarning, describeOriginCount, STANCES, STANCE_LABELS, type Stance } from "@/lib/domain";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import type { OriginCounts } from "@/lib/server/read/origin-counts";
import styles from "./evidence.module.css";
import { EvidenceItem } from "./evidence-item";
import { groupByOrigin } from "./evidence-origin-groups";
import { ExternalLink } from "./external-link";

const EMPTY_MESSAGE: Record<Stance, string> = {
  supports: "No evidence supporting this claim has been logged yet.",
  refutes: "No evidence refuting this claim has been logged yet.",
  context: "No context has been logged yet.",
};

/**
 * All of a claim's evidence, one section per stance in a fixed order: Supports, Refutes,
 * Context. With `originCounts` (the claim's tally), each heading says how many independent
 * origins the items come from, items joined by provenance links are grouped under their
 * origin, and an item graded 1 whose side lacks two independent origins carries a warning.
 */
export function EvidenceList<T extends PublicEvidence>({
  evidenceByStance,
  originCounts,
  renderActions,
}: {
  evidenceByStance: Record<Stance, T[]>;
  originCounts?: OriginCounts;
  /** Workspace controls for each item; omitted on the public page. */
  renderActions?: (item: T) => ReactNode;
}) {
  return (
    <>
      {STANCES.map((stance) => {
        const items = evidenceByStance[stance];
        const headingId = `evidence-${stance}-heading`;
        const counts = originCounts?.[stance];
        const warningFor = (item: T) =>
          counts && stance !== "context" && confirmedLacksOrigins(item.credibility, counts.origins) ? confirmedWithoutOriginsWarning(stance, counts.origins) : null;
        const renderItem = (item: T) => <EvidenceItem key={item.id} evidence={item} actions={renderActions?.(item)} warning={warningFor(item)} />;
        return (
          <section key={stance} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.groupHeading}>
              {STANCE_LABELS[stance]}
              <span className={styles.count}>
                {counts && counts.items > 0
                  ? describeOriginCount(counts.items, counts.origins)
                  : `${items.length} ${items.length === 1 ? "item" : "items"}`}
              </span>
            </h3>
            {items.length === 0 ? (
              <p className={styles.empty}>{EMPTY_MESSAGE[stance]}</p>
            ) : (
              <ul className={styles.list}>
                {groupByOrigin(items).map((group) =>
                  group.label === null ? (
                    group.items.map(renderItem)
                  ) : (
                    <li key={group.key} className={styles.originGroup}>
                      <p className={styles.originHeading}>
                        {group.items.length === 1 ? "Traces to " : `${group.items.length} items trace to one origin: `}
                        {group.label.url ? (
                          <ExternalLink href={group.label.url}>{group.label.name}</ExternalLink>
                        ) : (
                          <bdi>{group.label.name}</bdi>
                        )}
                      </p>
                      <ul className={styles.list}>{group.items.map(renderItem)}</ul>
                    </li>
                  ),
                )}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
