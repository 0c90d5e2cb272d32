import type { Metadata } from "next";
import Link from "next/link";
import { MyProposalItem } from "@/components/review/my-proposal-item";
import styles from "@/components/review/review.module.css";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { listMyProposals, MY_PROPOSALS_LIMIT } from "@/lib/server/review/list-my-proposals";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";
import { commentOnProposalAction, withdrawProposalAction } from "./actions";

export const metadata: Metadata = { title: "My proposals", robots: { index: false } };

export default async function MyProposalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActorOrRedirect("/workspace/proposals");
  const proposals = await listMyProposals(actor);
  const params = await searchParams;
  const pending = proposals.filter((proposal) => proposal.state === "pending").length;

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link>
      </p>
      <h1>My proposals</h1>
      {firstParam(params, "proposed") ? (
        <p role="status" className={styles.confirmation}>
          <strong>Proposal submitted.</strong> It waits for a reviewer other than you; the claim&apos;s status changes only if they approve it.
        </p>
      ) : null}
      {firstParam(params, "amended") ? (
        <p role="status" className={styles.confirmation}>
          <strong>Proposal amended.</strong> Reviewers see the new version and your note in its discussion.
        </p>
      ) : null}
      {firstParam(params, "withdrawn") ? (
        <p role="status" className={styles.confirmation}>
          <strong>Proposal withdrawn.</strong> It has left the review queue.
        </p>
      ) : null}
      <p className="lede">
        Status changes you proposed, newest first{proposals.length === MY_PROPOSALS_LIMIT ? ` (the latest ${MY_PROPOSALS_LIMIT})` : ""}.{" "}
        {pending > 0 ? `${pending} ${pending === 1 ? "waits" : "wait"} for review.` : ""}
      </p>
      {proposals.length === 0 ? (
        <div className={styles.empty}>
          <p>
            <strong>You have not proposed any status changes yet.</strong>
          </p>
          <p className="muted">Open a claim in your workspace and choose “Propose a status change”.</p>
        </div>
      ) : (
        <ol className={styles.list}>
          {proposals.map((proposal) => (
            <MyProposalItem key={proposal.id} proposal={proposal} withdrawAction={withdrawProposalAction} commentAction={commentOnProposalAction} />
          ))}
        </ol>
      )}
    </div>
  );
}
