import { formStyles } from "@/components/forms";
import { STANCES, STANCE_LABELS, type Stance } from "@/lib/domain";
import type { WorkspaceEvidence } from "@/lib/server/review/claim-evidence";
import { CredibilityBadge } from "../credibility-badge";
import { ExternalLink } from "../external-link";
import { ReliabilityBadge } from "../reliability-badge";
import styles from "./propose.module.css";

type Props = { evidenceByStance: Record<Stance, WorkspaceEvidence[]>; selected: readonly string[]; error?: string };

/** The claim's evidence as checkboxes to cite, grouped by stance, each with its source's grades. */
export function EvidenceCheckboxes({ evidenceByStance, selected, error }: Props) {
  const total = STANCES.reduce((sum, stance) => sum + evidenceByStance[stance].length, 0);
  return (
    <fieldset id="evidenceIds" className={formStyles.fieldset} aria-describedby={error ? "evidenceIds-error" : undefined} aria-invalid={error ? true : undefined}>
      <legend className={formStyles.label}>Evidence to cite</legend>
      <p className={formStyles.hint}>
        {total === 0
          ? "This claim has no evidence yet. Log evidence first to propose Supported or Refuted."
          : "Tick the items your proposal rests on. The reviewer sees them with their grades."}
      </p>
      {STANCES.filter((stance) => evidenceByStance[stance].length > 0).map((stance) => (
        <div key={stance} className={styles.group}>
          <p className={styles.groupHeading}>
            {STANCE_LABELS[stance]} ({evidenceByStance[stance].length})
          </p>
          <ul className={styles.items}>
            {evidenceByStance[stance].map((item) => (
              <li key={item.id}>
                <label className={styles.item}>
                  <input type="checkbox" name="evidenceIds[]" value={item.id} defaultChecked={selected.includes(item.id)} />
                  <span>
                    <span className={styles.title}>{item.title}</span>
                    <span className={styles.source}>
                      {item.source.name} <ReliabilityBadge grade={item.source.reliability} /> <CredibilityBadge level={item.credibility} />
                    </span>
                  </span>
                </label>
                <ExternalLink href={item.url} className={styles.link}>
                  Open the source
                </ExternalLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {error ? (
        <p id="evidenceIds-error" className={formStyles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
