import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import type { WorkspaceEvidence } from "@/lib/server/workspace/get-workspace-claim";
import styles from "./claim-workspace.module.css";

/** Under each evidence item in the workspace: who logged it, and the way to correct or remove it. */
export function EvidenceControls({ evidence }: { evidence: WorkspaceEvidence }) {
  return (
    <p className={styles.controls}>
      <span className={styles.logged}>
        Logged by {evidence.loggedBy} on <FormattedDate value={evidence.loggedAt} />
      </span>
      <Link href={`/workspace/evidence/${evidence.id}/edit`}>
        Edit<span className="visually-hidden"> “{evidence.title}”</span>
      </Link>
      <Link href={`/workspace/evidence/${evidence.id}/provenance`}>
        Where it comes from<span className="visually-hidden"> for “{evidence.title}”</span>
      </Link>
      <Link href={`/workspace/evidence/${evidence.id}/edit#remove`}>
        Remove<span className="visually-hidden"> “{evidence.title}”</span>
      </Link>
    </p>
  );
}
