import type { Metadata } from "next";
import { connection } from "next/server";
import { CorrectionsPage } from "@/components/corrections/corrections-page";
import { CORRECTIONS_FEED_PATH } from "@/lib/public/urls";
import { readCorrections } from "@/lib/server/public/cached-reads";

export const metadata: Metadata = {
  title: "Corrections",
  description: "Accepted reports of errors, the reviewed changes they led to, and every reversed verdict.",
  alternates: { types: { "application/atom+xml": [{ url: CORRECTIONS_FEED_PATH, title: "Proofboard: corrections" }] } },
};

export default async function SiteCorrectionsPage() {
  await connection();
  const log = await readCorrections();
  return <CorrectionsPage log={log!} />;
}
