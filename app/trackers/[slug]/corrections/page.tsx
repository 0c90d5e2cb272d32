import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CorrectionsPage } from "@/components/corrections/corrections-page";
import { trackerPaths } from "@/lib/public/urls";
import { readCorrections } from "@/lib/server/public/cached-reads";

type Props = { params: Promise<{ slug: string }> };

async function logOrNotFound(slug: string) {
  await connection();
  const log = await readCorrections(slug);
  if (!log) notFound();
  return log;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const log = await logOrNotFound((await params).slug);
  return {
    title: `Corrections · ${log.tracker!.title}`,
    alternates: { types: { "application/atom+xml": [{ url: trackerPaths(log.tracker!.slug).correctionsFeed, title: `${log.tracker!.title}: corrections` }] } },
  };
}

export default async function TrackerCorrectionsPage({ params }: Props) {
  return <CorrectionsPage log={await logOrNotFound((await params).slug)} />;
}
