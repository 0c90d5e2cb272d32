import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { ReliabilityBadge } from "@/components/reliability-badge";
import { StatusBadge } from "@/components/status-badge";
import styles from "@/components/workspace/claim-workspace.module.css";
import { Flash } from "@/components/workspace/flash";
import { RateSourceForm, RenameSourceForm } from "@/components/workspace/source-forms";
import ws from "@/components/workspace/workspace.module.css";
import { getSource } from "@/lib/server/workspace/get-source";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../../workspace-actor";
import { rateSourceAction, renameSourceAction } from "../actions";

export const metadata: Metadata = { title: "Source", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await workspaceActorOrNull(`/workspace/sources/${id}`);
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const source = await getSource(actor, id);
  if (!source) notFound();
  const { saved } = await searchParams;

  return (
    <div className="container page">
      <div className={styles.claim}>
        <p className="eyebrow">
          <Link href="/workspace/sources">Sources</Link>
        </p>
        <Flash code={saved} />
        <h1>{source.name}</h1>
        <p className={styles.status}>
          <span className={ws.muted}>{source.domain}</span>
          <ReliabilityBadge grade={source.reliability} />
        </p>
        <p>
          {source.rationale ? <>“{source.rationale}”</> : "Not rated yet."}
          {source.ratedAt ? (
            <span className={ws.muted}>
              {" "}
              — {source.ratedBy}, <FormattedDate value={source.ratedAt} />
            </span>
          ) : null}
        </p>

        <section aria-labelledby="rate-heading" className={styles.addEvidence}>
          <h2 id="rate-heading">Rate this source</h2>
          <p>
            {source.claims.length === 0
              ? "No live evidence cites this source yet."
              : `A new grade changes the evidence balance of ${source.claims.length === 1 ? "1 claim" : `${source.claims.length} claims`} (below) at once, on the workspace and the public pages.`}
          </p>
          <RateSourceForm action={rateSourceAction} sourceId={source.id} grade={source.reliability} />
        </section>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Rating history</h2>
          {source.ratings.length === 0 ? (
            <p>No ratings yet.</p>
          ) : (
            <ol>
              {source.ratings.map((rating) => (
                <li key={rating.id}>
                  <ReliabilityBadge grade={rating.reliability} /> <FormattedDate value={rating.ratedAt} /> · {rating.ratedBy}
                  <p>{rating.rationale}</p>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-labelledby="claims-heading">
          <h2 id="claims-heading">Claims citing it ({source.claims.length})</h2>
          {source.claims.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul>
              {source.claims.map((claim) => (
                <li key={claim.id}>
                  <Link href={`/workspace/claims/${claim.id}`}>{claim.statement}</Link> <StatusBadge status={claim.status} />{" "}
                  <span className={ws.muted}>{claim.items === 1 ? "1 item" : `${claim.items} items`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="rename-heading">
          <h2 id="rename-heading">Name</h2>
          <p className={ws.muted}>The domain ({source.domain}) is how links are matched to this source, so it cannot change.</p>
          <RenameSourceForm action={renameSourceAction} sourceId={source.id} name={source.name} />
        </section>
      </div>
    </div>
  );
}
