import { STANCE_LABELS } from "@/lib/domain";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { CredibilityBadge } from "../credibility-badge";
import { ExternalLink } from "../external-link";
import { ReliabilityBadge } from "../reliability-badge";
import styles from "./review.module.css";

/** The evidence a proposal rests on: stance, source and both Admiralty grades per item. */
export function CitedEvidence({ items, withdrawnCount }: { items: WorkspaceEvidence[]; withdrawnCount: number }) {
  return (
    <>
      {items.length === 0 ? <p className="muted">No evidence cited.</p> : null}
      <ul className={styles.cited}>
        {items.map((item) => (
          <li key={item.id}>
            <span className={styles.stance}>{STANCE_LABELS[item.stance]}:</span> <ExternalLink href={item.url}>{item.title}</ExternalLink>
            <span className={styles.citedSource}>
              {item.source.name} <ReliabilityBadge grade={item.source.reliability} /> <CredibilityBadge level={item.credibility} />
            </span>
          </li>
        ))}
      </ul>
      {withdrawnCount > 0 ? (
        <p className="muted">{withdrawnCount === 1 ? "One cited item has" : `${withdrawnCount} cited items have`} since been withdrawn.</p>
      ) : null}
    </>
  );
}
