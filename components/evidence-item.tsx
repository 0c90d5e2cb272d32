import type { ReactNode } from "react";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import { CredibilityBadge } from "./credibility-badge";
import { evidenceAnchor } from "./evidence-anchor";
import { EvidenceDerivation } from "./evidence-derivation";
import { EvidencePreservation, robustLinkVersion } from "./evidence-preservation";
import styles from "./evidence.module.css";
import { ExternalLink } from "./external-link";
import { FormattedDate } from "./formatted-date";
import { ReliabilityBadge } from "./reliability-badge";

export { evidenceAnchor };

/**
 * `actions`: controls the workspace adds under an item (edit, remove); the public page has none.
 * `warning`: a caution about the item's grade (credibility 1 without two independent origins).
 */
export function EvidenceItem({ evidence, actions, warning }: { evidence: PublicEvidence; actions?: ReactNode; warning?: string | null }) {
  const { source } = evidence;
  return (
    <li className={styles.item} id={evidenceAnchor(evidence.id)}>
      <article>
        <h4 className={styles.title} dir="auto">
          <ExternalLink href={evidence.url} version={robustLinkVersion(evidence)}>
            {evidence.title}
          </ExternalLink>
        </h4>
        <p className={styles.source}>
          <bdi className={styles.sourceName}>{source.name}</bdi>
          <a className={styles.domain} href={`/sources/${encodeURIComponent(source.domain)}`}>
            {source.domain}
          </a>
          <ReliabilityBadge grade={source.reliability} />
          {source.provisional ? <span title="First grade, not yet confirmed by a reviewer">provisional</span> : null}
          <CredibilityBadge level={evidence.credibility} />
        </p>
        {warning ? (
          <p className={styles.gradeWarning} role="note">
            {warning}
          </p>
        ) : null}
        {evidence.quote ? <blockquote dir="auto">{evidence.quote}</blockquote> : null}
        <EvidenceDerivation links={evidence.derivedFrom} />
        {evidence.alsoCitedOn > 0 ? (
          <p className={styles.details}>Also cited on {evidence.alsoCitedOn === 1 ? "1 other claim" : `${evidence.alsoCitedOn} other claims`}.</p>
        ) : null}
        <p className={styles.details}>
          {evidence.publishedAt ? (
            <span>
              Published <FormattedDate value={evidence.publishedAt} />
            </span>
          ) : (
            <span>Publication date unknown</span>
          )}
          <span>
            Accessed <FormattedDate value={evidence.accessedAt} />
          </span>
          {evidence.archivedUrl ? <ExternalLink href={evidence.archivedUrl}>Archived copy</ExternalLink> : null}
        </p>
        <EvidencePreservation preservation={evidence.preservation} archivedUrl={evidence.archivedUrl} />
        {evidence.linkHealth === "broken" ? (
          <p className={styles.brokenLink}>
            This link was broken when last checked{evidence.archivedUrl ? "; the archived copy may still work" : ""}.
          </p>
        ) : null}
        {actions}
      </article>
    </li>
  );
}
