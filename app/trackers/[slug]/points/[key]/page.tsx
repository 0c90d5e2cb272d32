import type { Metadata } from "next";
import { SuggestClaimForm } from "@/components/reader/claim-reader-forms";
import { submitReaderSubmissionAction } from "@/app/reader/actions";
import Link from "next/link";
import { Badge } from "@/components/badge";
import { CriteriaVersions } from "@/components/criteria/criteria-versions";
import { CurrentCriteria } from "@/components/criteria/current-criteria";
import { DemoBanner } from "@/components/demo-banner";
import { FormattedDate } from "@/components/formatted-date";
import { ProofPointStateBadge } from "@/components/proof-point-state-badge";
import { ForecastsSection } from "@/components/forecasts/forecasts-section";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { notFound } from "next/navigation";
import { PublicClaimList } from "@/components/public-claim-list";
import { readTrackerClaims } from "@/lib/server/public/cached-reads";
import { getProofPointOrNotFound } from "./get-proof-point-or-not-found";

type ProofPointPageProps = { params: Promise<{ slug: string; key: string }>; searchParams: Promise<{ page?: string | string[] }> };

/** ?page=N: a page of the point's claims; anything but a positive whole number is not a page. */
async function claimsPageOf(searchParams: ProofPointPageProps["searchParams"]): Promise<number> {
  const raw = (await searchParams).page;
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? "1";
  if (!/^[1-9][0-9]{0,5}$/.test(text)) notFound();
  return Number(text);
}

export async function generateMetadata({ params }: ProofPointPageProps): Promise<Metadata> {
  const { slug, key } = await params;
  const point = await getProofPointOrNotFound(slug, key);
  return { title: `${point.title} · ${point.tracker.title}`, description: point.question };
}

export default async function ProofPointPage({ params, searchParams }: ProofPointPageProps) {
  const { slug, key } = await params;
  const point = await getProofPointOrNotFound(slug, key);
  const claims = await readTrackerClaims(point.tracker.slug, point.key, await claimsPageOf(searchParams));
  if (!claims || (claims.page > claims.pageCount && claims.total > 0)) notFound();
  const pointPath = `/trackers/${encodeURIComponent(point.tracker.slug)}/points/${encodeURIComponent(point.key)}`;
  const claimsHref = (page: number) => `${pointPath}${page > 1 ? `?page=${page}` : ""}#claims-heading`;
  const [current, ...earlier] = point.criteria;
  const scorecardHref = `/trackers/${point.tracker.slug}`;
  const forecasts = await readTrackerForecasts(point.tracker.slug);

  return (
    <div className="container page">
      {point.tracker.isDemo ? <DemoBanner /> : null}
      <p className="eyebrow">
        <Link href={scorecardHref}>
          <bdi>{point.tracker.title}</bdi>
        </Link>{" "}
        · Proof point
      </p>
      <h1 dir="auto">{point.title}</h1>
      <p className="lede" dir="auto">
        {point.question}
      </p>
      <p>
        {point.retiredAt ? (
          <Badge tone="neutral" icon="⊘" context="Box:">
            Retired
          </Badge>
        ) : (
          <ProofPointStateBadge state={point.state} />
        )}{" "}
        <Link href={`${scorecardHref}#proof-point-${point.key}`}>
          {point.claimCount} {point.claimCount === 1 ? "claim" : "claims"} on the scorecard
        </Link>
      </p>
      {point.retiredAt ? (
        <p role="note" className="muted">
          Retired on <FormattedDate value={point.retiredAt} />: this proof point keeps its claims and history but no
          longer counts towards the tracker&rsquo;s boxes ticked.
        </p>
      ) : null}

      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims ({claims.total})</h2>
        {claims.pageCount > 1 ? (
          <p className="muted">
            Newest first; page {claims.page} of {claims.pageCount}.
          </p>
        ) : null}
        <PublicClaimList list={claims} href={claimsHref} pagesLabel={`Pages of claims under ${point.title}`} />
      </section>

      <section aria-labelledby="current-criteria-heading">
        <h2 id="current-criteria-heading">Resolution criteria</h2>
        {current ? (
          <CurrentCriteria criteria={current} />
        ) : (
          <p className="muted">No resolution criteria have been set for this proof point yet.</p>
        )}
      </section>

      {current && earlier.length > 0 ? (
        <section aria-labelledby="earlier-versions-heading">
          <h2 id="earlier-versions-heading">Earlier versions</h2>
          <p className="muted">
            Each earlier version compared with the current one: struck-through words were removed since, underlined words
            were added. Changing criteria never changed a claim&rsquo;s status by itself.
          </p>
          <CriteriaVersions current={current} earlier={earlier} />
        </section>
      ) : null}

      <ForecastsSection
        questions={forecasts?.questions.filter((question) => question.proofPoint.key === point.key) ?? []}
        trackerSlug={point.tracker.slug}
        empty="No forecast question has been asked about this proof point yet."
      />

      {point.retiredAt ? null : <SuggestClaimForm trackerSlug={point.tracker.slug} proofPointKey={point.key} action={submitReaderSubmissionAction} />}
    </div>
  );
}
