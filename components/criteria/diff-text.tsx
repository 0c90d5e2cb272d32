import type { DiffSegment } from "@/lib/domain/criteria";
import styles from "./criteria.module.css";

// <del>/<ins> carry the meaning for assistive technology; the visually hidden labels say it
// aloud in screen readers that ignore those elements, and strike/underline do it in print.
export function DiffText({ segments }: { segments: DiffSegment[] }) {
  if (segments.every((segment) => segment.text.trim() === "")) return <span className="muted">(none)</span>;
  return (
    <span className={styles.diff}>
      {segments.map((segment, index) =>
        segment.kind === "added" ? (
          <ins key={index} className={styles.added}>
            <span className="visually-hidden">[added: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </ins>
        ) : segment.kind === "removed" ? (
          <del key={index} className={styles.removed}>
            <span className="visually-hidden">[removed: </span>
            {segment.text}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
