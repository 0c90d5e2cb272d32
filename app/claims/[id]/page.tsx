import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CiteClaim } from "@/components/cite-claim";
import { ClaimFacts } from "@/components/claim-facts";
import { ClaimReviewJsonLd } from "@/components/claim-review-json-ld";
import { DeadlineMarker } from "@/components/deadline-marker";
import { DemoBanner } from "@/components/demo-banner";
import { EvidenceBalance } from "@/components/evidence-balance";
import { EvidenceList } from "@/components/evidence-list";
import { FollowForm } from "@/components/notifications/follow-form";
import { followByEmailAction } from "@/app/follow/actions";
import { StatusBadge } from "@/components/status-badge";
import { StatusTimeline } from "@/components/status-timeline";
import { CriteriaShortfall, ReReviewFlag } from "@/components/verdict/re-review-flag";
import { STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/domain";
import { serverEnv } from "@/lib/env";
import { citationMetaTags } from "@/lib/exports/citation-meta-tags";
import { citationPaths, toCitableClaim } from "@/lib/exports/claim-citation";
import { claimPath, trackerPaths } from "@/lib/public/urls";
import { ClaimReaderForms } from "@/components/reader/claim-reader-forms";
import { CorrectionList } from "@/components/corrections/corrections-log";
import { readClaimCorrections } from "@/lib/server/public/cached-reads";
import { submitReaderSubmissionAction } from "@/app/reader/actions";
import { getClaimOrNotFound } from "./get-claim-or-not-found";
import { EVIDENCE_PAGE_SIZE } from "@/lib/server/public/get-public-claim";

const evidenceHref = (id: string, page: number) => `${claimPath(id)}${page > 1 ? `?evidence=${page}` : ""}#evidence-heading`;
import styles from "./claim.module.css";

type ClaimPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ evidence?: string | string[] }> };

/** ?evidence=N: a page of the evidence; anything but a positive whole number is not a page. */
async function evidencePageOf(searchParams: ClaimPageProps["searchParams"]): Promise<number> {
  const raw = (await searchParams).evidence;
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? "1";
  if (!/^[1-9][0-9]{0,5}$/.test(text)) notFound();
  return Number(text);
}

export async function generateMetadata({ params, searchParams }: ClaimPageProps): Promise<Metadata> {
  const { id } = await params;
  const claim = await getClaimOrNotFound(id, await evidencePageOf(searchParams));
  const url = `${serverEnv().PUBLIC_BASE_URL}${claimPath(claim.id)}`;
  const verdict = `${STATUS_LABELS[claim.status]}: ${STATUS_DESCRIPTIONS[claim.status]}`;
  const lastChange = claim.history.at(-1);
  return {
    title: claim.statement,
    description: `${STATUS_LABELS[claim.status]}: ${claim.statement} (${claim.proofPoint.title}, ${claim.tracker.title})`,
    alternates: {
      canonical: url,
      types: {
        "application/atom+xml": [
          { url: trackerPaths(claim.tracker.slug).feed, title: `${claim.tracker.title}: approved status changes` },
        ],
      },
    },
    openGraph: {
      type: "article",
      siteName: "Proofboard",
      url,
      title: claim.statement,
      description: `${verdict} (${claim.tracker.title}: ${claim.proofPoint.title})`,
      publishedTime: claim.createdAt,
      ...(lastChange ? { modifiedTime: lastChange.approvedAt } : {}),
      section: claim.tracker.title,
    },
    twitter: { card: "summary", title: claim.statement, description: verdict },
    // Highwire Press and Dublin Core tags: what Zotero's and other reference managers' page readers look for.
    other: citationMetaTags(toCitableClaim(claim, serverEnv().PUBLIC_BASE_URL)),
  };
}

export default async function ClaimPage({ params, searchParams }: ClaimPageProps) {
  const { id } = await params;
  const claim = await getClaimOrNotFound(id, await evidencePageOf(searchParams));
  const corrections = (await readClaimCorrections(claim.tracker.slug, claim.id))?.entries ?? [];
  const correctionsHref = trackerPaths(claim.tracker.slug).corrections;

  return (
    <div className="container page">
      <div className={styles.claim}>
        {/* Renders nothing for demo trackers and unreviewed claims; see hasPublishableReview. */}
        <ClaimReviewJsonLd
          claim={claim}
          url={`${serverEnv().PUBLIC_BASE_URL}${claimPath(claim.id)}`}
          siteUrl={serverEnv().PUBLIC_BASE_URL}
        />
        {claim.tracker.isDemo ? <DemoBanner /> : null}

        <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
          <ol>
            <li>
              <Link href={`/trackers/${claim.tracker.slug}`}>
                <bdi>{claim.tracker.title}</bdi>
              </Link>
            </li>
            <li>
              <bdi>{claim.proofPoint.title}</bdi>
            </li>
          </ol>
        </nav>

        <h1 className={styles.statement} dir="auto">
          {claim.statement}
        </h1>
        <div className={styles.status}>
          <StatusBadge status={claim.status} size="large" />
          <CriteriaShortfall status={claim.status} standing={claim.standing} />
          <DeadlineMarker overdue={claim.overdue} dueSoon={claim.dueSoon} resolveBy={claim.resolveBy} />
        </div>
        <p className={styles.statusDescription}>{STATUS_DESCRIPTIONS[claim.status]}</p>
        <ReReviewFlag standing={claim.standing} detailed />

        <ClaimFacts claim={claim} />
        <CiteClaim claim={toCitableClaim(claim, serverEnv().PUBLIC_BASE_URL)} paths={citationPaths(claim.id)} />

        <section aria-labelledby="balance-heading">
          <h2 id="balance-heading">Evidence balance</h2>
          <EvidenceBalance balance={claim.balance} contributionCount={claim.balanceContributionCount} />
        </section>

        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence ({claim.evidenceCount})</h2>
          {claim.evidencePageCount > 1 ? (
            <p className="muted">
              Items {(claim.evidencePage - 1) * EVIDENCE_PAGE_SIZE + 1}–{Math.min(claim.evidencePage * EVIDENCE_PAGE_SIZE, claim.evidenceCount)} of{" "}
              {claim.evidenceCount}, newest publication first.
            </p>
          ) : null}
          <EvidenceList evidenceByStance={claim.evidenceByStance} originCounts={claim.originCounts} />
          {claim.evidencePageCount > 1 ? (
            <nav aria-label="Evidence pages" className={styles.evidencePages}>
              {claim.evidencePage > 1 ? (
                <Link href={evidenceHref(claim.id, claim.evidencePage - 1)} rel="prev">
                  ← Previous items
                </Link>
              ) : (
                <span />
              )}
              <span>
                Page {claim.evidencePage} of {claim.evidencePageCount}
              </span>
              {claim.evidencePage < claim.evidencePageCount ? (
                <Link href={evidenceHref(claim.id, claim.evidencePage + 1)} rel="next">
                  Next items →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Status history</h2>
          <StatusTimeline entries={claim.history} />
        </section>

        <section aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">Corrections ({corrections.length})</h2>
          {corrections.length > 0 ? <CorrectionList entries={corrections} showTracker={false} /> : <p className="muted">No corrections to this claim.</p>}
          <p>
            <Link href={correctionsHref}>All corrections in {claim.tracker.title}</Link>
          </p>
        </section>

        <ClaimReaderForms claimId={claim.id} action={submitReaderSubmissionAction} correctionsHref={correctionsHref} />

        <section aria-labelledby="follow-heading">
          <h2 id="follow-heading">Follow this claim</h2>
          <FollowForm target={{ claimId: claim.id }} what="this claim" action={followByEmailAction} />
        </section>
      </div>
    </div>
  );
}
