import { FormattedDate } from "@/components/formatted-date";
import { ReliabilityBadge } from "@/components/reliability-badge";
import type { GradeHistoryEntry } from "@/lib/server/sources/grade-history";

const KIND_TEXT: Record<GradeHistoryEntry["kind"], string> = {
  provisional: "Provisional first grade",
  confirmed: "Confirmed",
  approved: "Changed",
  direct: "Graded",
};

/** Who proposed each grade, who approved or confirmed it, when and why; newest first. */
export function GradeHistory({ entries }: { entries: readonly GradeHistoryEntry[] }) {
  if (entries.length === 0) return <p>Not graded yet: items from this source weigh nothing until it is.</p>;
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <ReliabilityBadge grade={entry.reliability} /> {KIND_TEXT[entry.kind]}, <FormattedDate value={entry.at} /> ·{" "}
          {entry.kind === "confirmed"
            ? `set by ${entry.proposedBy}, confirmed by ${entry.approvedBy ?? "a reviewer"}`
            : entry.approvedBy
              ? `proposed by ${entry.proposedBy}, approved by ${entry.approvedBy}`
              : `by ${entry.proposedBy}`}
          <p>{entry.rationale}</p>
        </li>
      ))}
    </ol>
  );
}

/** "Provisional" beside a grade no reviewer has confirmed yet. */
export function ProvisionalMark({ provisional }: { provisional: boolean }) {
  return provisional ? <span title="Set by the analyst who logged this source; a reviewer has not confirmed it yet.">provisional</span> : null;
}
