import { ExternalLink } from "@/components/external-link";
import { FormattedDate } from "@/components/formatted-date";
import type { RemovedEvidence as Removed } from "@/lib/server/workspace/get-workspace-claim";
import styles from "./claim-workspace.module.css";

/** Withdrawn items stay on record for analysts: not weighed, not public, but never silently gone. */
export function RemovedEvidence({ items }: { items: Removed[] }) {
  if (items.length === 0) return null;
  return (
    <details className={styles.removed} id="removed-evidence">
      <summary>
        Removed evidence ({items.length}): kept on record, not public, not weighed
      </summary>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <ExternalLink href={item.url}>{item.title}</ExternalLink>
            <span className={styles.logged}>
              {" "}
              · removed <FormattedDate value={item.removedAt} />
              {item.removedBy ? ` by ${item.removedBy}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
