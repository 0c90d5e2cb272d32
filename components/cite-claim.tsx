import { citationText, type CitableClaim } from "@/lib/domain/cite-claim";
import styles from "./cite-claim.module.css";
import { CopyButton } from "./copy-button";

type CiteClaimProps = { claim: CitableClaim; paths: { cslJson: string; ris: string } };

/** "Cite this claim": a reference to copy and the same reference for reference managers. */
export function CiteClaim({ claim, paths }: CiteClaimProps) {
  return (
    <details className={styles.cite}>
      <summary>Cite this claim</summary>
      <p id="claim-citation" className={styles.text} dir="auto">
        {citationText(claim)}
      </p>
      <p className={styles.actions}>
        <CopyButton targetId="claim-citation" label="Copy citation" />
      </p>
      <p className={styles.actions}>
        Download for a reference manager: <a href={paths.cslJson} download>CSL-JSON</a> · <a href={paths.ris} download>RIS</a>
      </p>
    </details>
  );
}
