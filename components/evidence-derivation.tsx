import { PROVENANCE_RELATION_LABELS } from "@/lib/domain";
import type { PublicProvenanceLink } from "@/lib/server/read/provenance";
import styles from "./evidence.module.css";
import { evidenceAnchor } from "./evidence-anchor";
import { ExternalLink } from "./external-link";
import { FormattedDate } from "./formatted-date";

/** "Republishes “Reuters: …” — why, by whom and when": what an item derives from, as recorded. */
export function EvidenceDerivation({ links }: { links: readonly PublicProvenanceLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className={styles.derivations} aria-label="Derived from">
      {links.map((link) => (
        <li key={link.id}>
          <span className={styles.relation}>{capitalised(PROVENANCE_RELATION_LABELS[link.relation])}</span>{" "}
          {link.origin ? (
            link.origin.url ? (
              <ExternalLink href={link.origin.url}>{link.origin.name}</ExternalLink>
            ) : (
              <bdi>{link.origin.name}</bdi>
            )
          ) : link.parentEvidence ? (
            link.parentEvidence.withdrawn ? (
              <span>
                “<bdi>{link.parentEvidence.title}</bdi>” (since withdrawn)
              </span>
            ) : (
              <a href={`#${evidenceAnchor(link.parentEvidence.id)}`}>
                “<bdi>{link.parentEvidence.title}</bdi>”
              </a>
            )
          ) : null}
          <span className={styles.derivationWhy}>
            {" "}
            — <bdi>{link.reason}</bdi> (linked by <bdi>{link.createdBy}</bdi>, <FormattedDate value={link.createdAt} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
