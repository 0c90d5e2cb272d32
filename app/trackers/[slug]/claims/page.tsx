import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DemoBanner } from "@/components/demo-banner";
import { PublicClaimList } from "@/components/public-claim-list";
import { readTrackerClaims } from "@/lib/server/public/cached-reads";
import { trackerPaths } from "@/lib/public/urls";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ point?: string | string[]; page?: string | string[] }> };

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const point = single(query.point) || undefined;
  const pageText = single(query.page) ?? "1";
  // A page number that is not a positive whole number is not a page of this list.
  if (!/^[1-9][0-9]{0,5}$/.test(pageText)) notFound();
  const list = await readTrackerClaims(slug, point, Number(pageText));
  if (!list || (list.page > list.pageCount && list.total > 0)) notFound();
  return list;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const list = await load(props);
  return { title: `${list.proofPoint ? `${list.proofPoint.title}: claims` : "All claims"} · ${list.tracker.title}` };
}

export default async function TrackerClaimsPage(props: Props) {
  const list = await load(props);
  const base = trackerPaths(list.tracker.slug).page;
  const href = (page: number) => {
    const query = new URLSearchParams();
    if (list.proofPoint) query.set("point", list.proofPoint.key);
    if (page > 1) query.set("page", String(page));
    return query.size ? `${base}/claims?${query}` : `${base}/claims`;
  };
  return (
    <div className="container page">
      {list.tracker.isDemo ? <DemoBanner /> : null}
      <p className="eyebrow">
        <Link href={base}>{list.tracker.title}</Link> · Claims
      </p>
      <h1>{list.proofPoint ? `Claims under “${list.proofPoint.title}”` : "All claims"}</h1>
      <p className="muted">
        {list.total} {list.total === 1 ? "claim" : "claims"}, newest first
        {list.pageCount > 1 ? `; page ${list.page} of ${list.pageCount}` : ""}.
      </p>
      <PublicClaimList list={list} href={href} pagesLabel="Pages" />
    </div>
  );
}
