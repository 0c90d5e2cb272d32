import Link from "next/link";
import type { PublicChecklistChange } from "@/lib/server/public/list-checklist-changes";
import { FormattedDate } from "./formatted-date";
import styles from "./checklist-changes.module.css";
import list from "./dated-list.module.css";

/**
 * "Changes to this checklist": how the boxes and their criteria changed since the
 * tracker was first published, newest first. Status changes of claims are listed apart.
 */
export function ChecklistChanges({ changes, trackerSlug }: { changes: PublicChecklistChange[]; trackerSlug: string }) {
  if (changes.length === 0) return <p className="muted">The checklist has not changed since it was published.</p>;
  return (
    <ol className={list.list}>
      {changes.map((change) => (
        <li key={change.id} className={list.item}>
          <span className={list.date}>
            <FormattedDate value={change.at} />
          </span>
          <div>
            <p className={styles.summary}>{change.summary}</p>
            {change.note ? <p className={styles.note}>“{change.note}”</p> : null}
            <p className={list.meta}>
              {change.by ? <span>by {change.by}</span> : null}
              {change.proofPoint && change.criteriaVersion ? (
                <Link href={`/trackers/${trackerSlug}/points/${change.proofPoint.key}#version-${change.criteriaVersion}`}>
                  Compare criteria versions<span className="visually-hidden"> of {change.proofPoint.title}</span>
                </Link>
              ) : null}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
