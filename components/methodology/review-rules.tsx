import { CLAIM_STATUSES, STATUS_LABELS } from "@/lib/domain";
import { CITATION_RULES } from "@/lib/domain/citation-rules";
import { MATERIAL_CLAIM_FIELDS, MATERIAL_EVIDENCE_FIELDS } from "@/lib/domain/re-review";
import styles from "./methodology.module.css";

/** The four-eyes review workflow, in the order a status change passes through it. */
export function ReviewRules() {
  return (
    <ol className={styles.rules}>
      <li>
        An analyst proposes a new status for a claim, with a written rationale and the evidence items it rests on.
      </li>
      <li>
        A reviewer who is <strong>not</strong> the proposer approves or rejects it. Nobody can approve their own
        proposal, and no administrator, import or API can set a status directly.
      </li>
      {/* Derived from CITATION_RULES, the rule the proposal and approval commands enforce. */}
      {CLAIM_STATUSES.map((status) => (
        <li key={status}>
          A move to <strong>{STATUS_LABELS[status]}</strong> needs {CITATION_RULES[status]}.
        </li>
      ))}
      <li>
        Approving <strong>Supported</strong> under a proof point with criteria, the reviewer also records whether the
        claim meets the criteria as written, and which version. Only claims that meet them tick the box; the others
        show as supported but &ldquo;does not meet the criteria as written&rdquo;.
      </li>
      <li>
        A proposal records the status it expected to change. If the claim has moved on by the time it is reviewed,
        the proposal is marked superseded instead of being applied to a status its author never saw.
      </li>
      <li>
        A verdict that loses its footing is flagged, never silently kept: removing a cited evidence item, editing one
        materially ({MATERIAL_EVIDENCE_FIELDS.join(", ")}), an approved change of a cited source&apos;s grade, editing
        the claim itself ({MATERIAL_CLAIM_FIELDS.join(", ")}) or new criteria under a ticked box mark the claim
        &ldquo;needs re-review&rdquo;, with the reason and the date, on every page, feed of data and export. The status
        stands until a reviewer proposes to confirm it (citing what still holds) or to change it, and another reviewer
        approves; the confirmation is recorded in the status history too.
      </li>
      <li>
        Source grades have four eyes as well: an analyst proposes a grade with a rationale and another reviewer
        approves it before any claim is re-weighed. The analyst who logs a new source may set its first grade, shown
        as provisional until a reviewer confirms it. Every source has a public page with its grade history.
      </li>
      <li>
        Each approval is recorded in the claim&apos;s public status history with the proposer, the reviewer, the
        rationale and the cited evidence. History is append-only: entries are never edited or removed.
      </li>
    </ol>
  );
}
