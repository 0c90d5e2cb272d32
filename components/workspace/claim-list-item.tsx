import Link from "next/link";
import { Badge } from "@/components/badge";
import { DeadlineMarker } from "@/components/deadline-marker";
import { FormattedDate } from "@/components/formatted-date";
import { StatusBadge } from "@/components/status-badge";
import { VERDICT_LABELS } from "@/lib/domain";
import type { WorkspaceClaimRow } from "@/lib/server/workspace/list-workspace-claims";
import styles from "./claim-list.module.css";
import { Highlighted } from "./highlighted";

export function ClaimListItem({ claim }: { claim: WorkspaceClaimRow }) {
  return (
    <li className={styles.item}>
      <p className={styles.statement}>
        <Link href={`/workspace/claims/${claim.id}`}>{claim.statement}</Link>
      </p>
      <div className={styles.badges}>
        <StatusBadge status={claim.status} />
        <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />
        {claim.pendingProposals > 0 ? (
          <Badge tone="warning" icon="…">
            {claim.pendingProposals === 1 ? "Proposal pending" : `${claim.pendingProposals} proposals pending`}
          </Badge>
        ) : null}
      </div>
      <p className={styles.meta}>
        <span>{claim.proofPoint.title}</span>
        <span>{claim.claimant}</span>
        <span>
          Claimed <FormattedDate value={claim.claimedAt} />
        </span>
        <span>
          {claim.evidenceCount} evidence {claim.evidenceCount === 1 ? "item" : "items"} · {VERDICT_LABELS[claim.verdict]}
        </span>
      </p>
      {claim.matches.length > 0 ? (
        <ul className={styles.matches} aria-label="Matching evidence">
          {claim.matches.map((match) => (
            <li key={match.id}>
              <strong>
                <Highlighted text={match.title} />
              </strong>
              {match.snippet ? (
                <>
                  {" — "}
                  <Highlighted text={match.snippet} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
