import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceDerivation } from "@/components/evidence-derivation";
import { Forbidden } from "@/components/forbidden";
import styles from "@/components/workspace/claim-workspace.module.css";
import { Flash } from "@/components/workspace/flash";
import { ProvenanceLinkForm } from "@/components/workspace/provenance-link-form";
import { RemoveProvenanceLinkForm, SuggestionForms } from "@/components/workspace/provenance-small-forms";
import { getEvidenceProvenance } from "@/lib/server/workspace/get-evidence-provenance";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../../workspace-actor";
import { dismissSuggestionAction, linkProvenanceAction, removeProvenanceLinkAction } from "../../actions";

export const metadata: Metadata = { title: "Where this evidence comes from", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export default async function EvidenceProvenancePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/evidence/${id}/provenance`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const provenance = await getEvidenceProvenance(actor, id);
  if (!provenance) notFound();
  const { saved } = await searchParams;
  const { item, claim, links, suggestions } = provenance;

  return (
    <div className="container page">
      <div className={styles.claim}>
        <p className="eyebrow">
          <Link href={`/workspace/claims/${claim.id}#evidence-${item.id}`}>Back to the claim</Link>
        </p>
        <Flash code={saved} />
        <h1>Where this evidence comes from</h1>
        <p className="lede" dir="auto">
          “{item.title}”, on the claim “{claim.statement}”
        </p>
        <p className="prose muted">
          Ten outlets repeating one wire story are one origin, not ten confirmations. Record what this item republishes, quotes, cites,
          translates or summarises, and the claim counts each independent origin once. A link that changes what an approved status
          rests on flags the claim for re-review.
        </p>

        <section aria-labelledby="links-heading" id="links">
          <h2 id="links-heading">Recorded links</h2>
          {links.length === 0 ? (
            <p>No link recorded: this item counts as an origin of its own.</p>
          ) : (
            <ul className={styles.plainList}>
              {links.map((link) => (
                <li key={link.id}>
                  <EvidenceDerivation links={[link]} />
                  {item.removed ? null : (
                    <RemoveProvenanceLinkForm
                      action={removeProvenanceLinkAction}
                      linkId={link.id}
                      label={link.origin?.name ?? link.parentEvidence?.title ?? "its origin"}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        {item.removed ? (
          <p role="status">This item was removed from the claim, so no new link can be recorded for it.</p>
        ) : (
          <>
            <section aria-labelledby="suggestions-heading" id="suggestions">
              <h2 id="suggestions-heading">Suggested</h2>
              {suggestions.length === 0 ? (
                <p className="muted">Nothing to suggest: no same article elsewhere, near-identical quote, wire credit or page link found.</p>
              ) : (
                <ul className={styles.plainList}>
                  {suggestions.map((suggestion) => (
                    <li key={`${suggestion.kind}-${suggestion.candidate}`}>
                      <p>{suggestion.explanation}</p>
                      <SuggestionForms suggestion={suggestion} link={linkProvenanceAction} dismiss={dismissSuggestionAction} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="add-link-heading">
              <h2 id="add-link-heading">Record a link</h2>
              <ProvenanceLinkForm action={linkProvenanceAction} evidenceId={item.id} otherItems={provenance.otherItems} origins={provenance.origins} />
            </section>
          </>
        )}
      </div>
    </div>
  );
}
