import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ReliabilityBadge } from "@/components/reliability-badge";
import { GradeHistory } from "@/components/sources/grade-history";
import { StatusBadge } from "@/components/status-badge";
import { SOURCE_RELIABILITY_DESCRIPTIONS, SOURCE_RELIABILITY_LABELS } from "@/lib/domain";
import { readPublicSource } from "@/lib/server/public/cached-reads";

type SourcePageProps = { params: Promise<{ domain: string }> };

// A domain from the URL that no source could have (too long, odd bytes) is a plain 404.
const DOMAIN_PATTERN = /^[a-z0-9.-]{1,253}$/i;

const getSourceOrNotFound = cache(async (raw: string) => {
  await connection();
  let domain: string;
  try {
    domain = decodeURIComponent(raw);
  } catch {
    notFound();
  }
  if (!DOMAIN_PATTERN.test(domain)) notFound();
  const source = await readPublicSource(domain.toLowerCase());
  if (!source) notFound();
  return source;
});

export async function generateMetadata({ params }: SourcePageProps): Promise<Metadata> {
  const source = await getSourceOrNotFound((await params).domain);
  return {
    title: `${source.name} (${source.domain}): source grade`,
    description: `${source.name} is graded ${source.reliability} (${SOURCE_RELIABILITY_LABELS[source.reliability]}) on the Admiralty scale.`,
  };
}

/** A source's public record: its current grade, who set and approved each grade and why, and the claims citing it. */
export default async function PublicSourcePage({ params }: SourcePageProps) {
  const source = await getSourceOrNotFound((await params).domain);
  return (
    <div className="container page">
      <p className="eyebrow">
        Source · <Link href="/methodology#admiralty">How sources are graded</Link>
      </p>
      <h1>{source.name}</h1>
      <p className="lede">{source.domain}</p>
      <p>
        <ReliabilityBadge grade={source.reliability} /> {SOURCE_RELIABILITY_DESCRIPTIONS[source.reliability]}
      </p>
      {source.provisional ? (
        <p role="note">
          Provisional: this first grade was set by the analyst who logged the source, and no reviewer has confirmed it yet.
        </p>
      ) : null}

      <section aria-labelledby="grade-history-heading">
        <h2 id="grade-history-heading">Grade history</h2>
        <GradeHistory entries={source.history} />
      </section>

      <section aria-labelledby="citing-claims-heading">
        <h2 id="citing-claims-heading">Claims citing this source ({source.claims.length})</h2>
        {source.claims.length === 0 ? (
          <p>No published claim cites this source.</p>
        ) : (
          <ul>
            {source.claims.map((claim) => (
              <li key={claim.id}>
                <Link href={`/claims/${claim.id}`}>{claim.statement}</Link> <StatusBadge status={claim.status} />{" "}
                <span className="muted">
                  {claim.trackerTitle} · {claim.items === 1 ? "1 item" : `${claim.items} items`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
