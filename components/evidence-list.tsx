import type { ReactNode } from "react";
import { STANCES, STANCE_LABELS, type Stance } from "@/lib/domain";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import styles from "./evidence.module.css";
import { EvidenceItem } from "./evidence-item";

const EMPTY_MESSAGE: Record<Stance, string> = {
  supports: "No evidence supporting this claim has been logged yet.",
  refutes: "No evidence refuting this claim has been logged yet.",
  context: "No context has been logged yet.",
};

/** All of a claim's evidence, one section per stance in a fixed order: Supports, Refutes, Context. */
export function EvidenceList<T extends PublicEvidence>({
  evidenceByStance,
  renderActions,
}: {
  evidenceByStance: Record<Stance, T[]>;
  /** Workspace controls for each item; omitted on the public page. */
  renderActions?: (item: T) => ReactNode;
}) {
  return (
    <>
      {STANCES.map((stance) => {
        const items = evidenceByStance[stance];
        const headingId = `evidence-${stance}-heading`;
        return (
          <section key={stance} className={styles.group} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.groupHeading}>
              {STANCE_LABELS[stance]}
              <span className={styles.count}>
                {items.length} {items.length === 1 ? "item" : "items"}
              </span>
            </h3>
            {items.length === 0 ? (
              <p className={styles.empty}>{EMPTY_MESSAGE[stance]}</p>
            ) : (
              <ul className={styles.list}>
                {items.map((item) => (
                  <EvidenceItem key={item.id} evidence={item} actions={renderActions?.(item)} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
