import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { ClaimFilters } from "@/components/workspace/claim-filters";
import { ClaimListItem } from "@/components/workspace/claim-list-item";
import listStyles from "@/components/workspace/claim-list.module.css";
import { Pagination } from "@/components/workspace/pagination";
import styles from "@/components/workspace/workspace.module.css";
import { listWorkspaceClaims } from "@/lib/server/workspace/list-workspace-claims";
import { listWorkspaceTrackers } from "@/lib/server/workspace/list-workspace-trackers";
import { claimListHref, parseClaimListQuery } from "@/lib/validation/claim-list";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../workspace-actor";

export const metadata: Metadata = { title: "Claims", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  const actor = await workspaceActorOrNull("/workspace/claims");
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const query = parseClaimListQuery(await searchParams);
  const trackers = await listWorkspaceTrackers(actor);
  const tracker = trackers.find((t) => t.slug === query.tracker) ?? trackers[0];
  if (!tracker) {
    return (
      <div className="container page">
        <h1>Claims</h1>
        <p className="lede">There are no trackers yet. An admin creates trackers and their proof points.</p>
      </div>
    );
  }
  const point = tracker.proofPoints.find((p) => p.key === query.point)?.key;
  const state = { ...query, tracker: tracker.slug, point };
  const result = await listWorkspaceClaims(actor, { ...state, trackerId: tracker.id });
  const first = (result.page - 1) * result.pageSize + 1;
  const filtered = Boolean(state.q || state.point || state.status || state.pending || state.overdue);

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link>
      </p>
      <h1>Claims</h1>
      {trackers.length > 1 ? (
        <nav aria-label="Trackers">
          <ul className={styles.tabs}>
            {trackers.map((t) => (
              <li key={t.id}>
                <Link href={claimListHref({ tracker: t.slug })} aria-current={t.id === tracker.id ? "page" : undefined}>
                  {t.title}
                  {t.published ? "" : " (draft)"}
                  {t.archived ? " (archived)" : ""}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className={styles.toolbar}>
        <Link href={`/workspace/claims/new?tracker=${encodeURIComponent(tracker.slug)}${point ? `&point=${encodeURIComponent(point)}` : ""}`} className="button">
          File a new claim
        </Link>
        <Link href="/workspace/sources">Sources and ratings</Link>
      </div>
      <ClaimFilters query={state} trackerSlug={tracker.slug} proofPoints={tracker.proofPoints.filter((p) => !p.retired || p.key === point)} />
      {result.total === 0 ? (
        <div className={listStyles.empty}>
          <p className={listStyles.summary}>
            {filtered ? "No claims match this search and these filters." : "No claims in this tracker yet."}
          </p>
          {filtered ? (
            <p>
              <Link href={claimListHref({ tracker: tracker.slug })}>Reset search and filters</Link> to see every claim in {tracker.title}.
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <p className={listStyles.summary} role="status">
            {result.total === 1 ? "1 claim" : `${result.total} claims`}
            {filtered ? " match" : ""}
            {result.pageCount > 1 ? ` · showing ${first}–${first + result.rows.length - 1}` : ""}
          </p>
          <ol className={listStyles.list} aria-label="Claims found">
            {result.rows.map((claim) => (
              <ClaimListItem key={claim.id} claim={claim} />
            ))}
          </ol>
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => claimListHref({ ...state, page })} />
        </>
      )}
    </div>
  );
}
