import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { DecisionConfirmation } from "@/components/review/decision-confirmation";
import { EmptyQueue } from "@/components/review/empty-queue";
import { ReviewCard } from "@/components/review/review-card";
import { TrackerFilter } from "@/components/review/tracker-filter";
import queueStyles from "@/components/review/review-queue.module.css";
import { QueueList, proposalHref } from "@/components/review/queue-list";
import { ReviewShortcuts } from "@/components/review/review-shortcuts";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { listReviewTrackers } from "@/lib/server/review/list-review-trackers";
import { listGradeProposals } from "@/lib/server/review/list-grade-proposals";
import { listReReviewQueue } from "@/lib/server/review/list-re-review-queue";
import { GradeProposalList } from "@/components/review/grade-proposal-list";
import { ReReviewList } from "@/components/review/re-review-list";
import { approveSourceGradeAction, rejectSourceGradeAction } from "../sources/actions";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";
import { approveProposalAction, rejectProposalAction } from "./actions";
import { commentOnProposalAction } from "../proposals/actions";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActorOrRedirect("/workspace/review");
  if (!hasPermission(actor.roles, "proposal:review")) return <Forbidden what="review status proposals" />;
  const params = await searchParams;
  const tracker = firstParam(params, "tracker") || undefined;
  const [items, trackers, reReviews, grades] = await Promise.all([
    listReviewQueue(actor, { trackerSlug: tracker }),
    listReviewTrackers(actor),
    listReReviewQueue(actor),
    listGradeProposals(actor),
  ]);
  const decided = firstParam(params, "decided");
  const trackerTitle = trackers.find((option) => option.slug === tracker)?.title;
  const now = new Date();
  const waiting = items.filter((item) => !item.isOwn).length;
  // The open proposal: the one the URL names, else the oldest this reviewer may decide.
  const chosen = firstParam(params, "proposal");
  const selected = items.find((item) => item.id === chosen) ?? items.find((item) => !item.isOwn) ?? items[0];
  const selectedIndex = selected ? items.indexOf(selected) : -1;
  const previous = selectedIndex > 0 ? items[selectedIndex - 1] : undefined;
  const next = selectedIndex >= 0 ? items[selectedIndex + 1] : undefined;

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link>
      </p>
      <h1>Review queue</h1>
      <p className="lede">
        Pending status proposals, oldest first. Approve only what the cited evidence carries; you cannot decide your own proposals.
      </p>
      {decided === "approved" || decided === "rejected" ? <DecisionConfirmation decided={decided} claimId={firstParam(params, "claim")} /> : null}
      {decided === "grade-approved" || decided === "grade-rejected" ? (
        <p role="status">{decided === "grade-approved" ? "Grade change approved." : "Grade change rejected."}</p>
      ) : null}
      <TrackerFilter trackers={trackers} selected={tracker} />
      <h2>Status proposals</h2>
      {items.length === 0 ? (
        <EmptyQueue filtered={Boolean(tracker)} trackerTitle={trackerTitle} />
      ) : (
        <>
          <p>
            {waiting} {waiting === 1 ? "proposal waits" : "proposals wait"} for your decision{trackerTitle ? ` in ${trackerTitle}` : ""}
            {items.length > waiting ? `; ${items.length - waiting} of yours ${items.length - waiting === 1 ? "waits" : "wait"} for another reviewer` : ""}.
          </p>
          <div className={queueStyles.layout}>
            <div className={queueStyles.listPane}>
              <QueueList items={items} selectedId={selected?.id} tracker={tracker} now={now} />
            </div>
            {selected ? (
              <section id="proposal-detail" aria-label="The open proposal" className={queueStyles.detail}>
                <p className={queueStyles.pager}>
                  <span>
                    Proposal {selectedIndex + 1} of {items.length}
                  </span>
                  <span>
                    {previous ? <Link href={proposalHref(previous.id, tracker)}>← Previous</Link> : null}
                    {previous && next ? " · " : null}
                    {next ? <Link href={proposalHref(next.id, tracker)}>Next →</Link> : null}
                  </span>
                </p>
                <ReviewShortcuts
                  previousHref={previous ? proposalHref(previous.id, tracker) : undefined}
                  nextHref={next ? proposalHref(next.id, tracker) : undefined}
                  approveFieldId={selected.isOwn ? undefined : `approve-note-${selected.id}`}
                  rejectFieldId={selected.isOwn ? undefined : `reject-note-${selected.id}`}
                />
                <ReviewCard
                  key={selected.id}
                  item={selected}
                  now={now}
                  tracker={tracker}
                  approveAction={approveProposalAction}
                  rejectAction={rejectProposalAction}
                  commentAction={commentOnProposalAction}
                />
              </section>
            ) : null}
          </div>
        </>
      )}
      <section aria-labelledby="re-review-heading">
        <h2 id="re-review-heading">Needs re-review ({reReviews.length})</h2>
        <ReReviewList items={reReviews} />
      </section>
      <section aria-labelledby="grades-heading">
        <h2 id="grades-heading">Source grade changes ({grades.length})</h2>
        <GradeProposalList items={grades} approveAction={approveSourceGradeAction} rejectAction={rejectSourceGradeAction} />
      </section>
    </div>
  );
}
