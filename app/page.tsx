import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { TrackerCard } from "@/components/tracker-card";
import { readPublishedTrackers } from "@/lib/server/public/cached-reads";
import { OPENAPI_PATH, SITE_FEED_PATH } from "@/lib/public/urls";
import styles from "./home.module.css";

export const metadata: Metadata = {
  title: { absolute: "Proofboard: evidence-backed scorecards for contested claims" },
  alternates: {
    types: { "application/atom+xml": [{ url: SITE_FEED_PATH, title: "Proofboard: approved status changes on every tracker" }] },
  },
};

export default async function HomePage() {
  await connection();
  const trackers = await readPublishedTrackers();
  return (
    <div className="container page">
      <h1>Trackers</h1>
      <p className="lede">
        Each tracker turns a contested question into a checklist of proof points. A box ticks only when a claim under
        it is supported by reviewed, sourced evidence. <Link href="/methodology">How the scorecard works</Link>
      </p>
      {trackers.length === 0 ? (
        <p className="muted">No trackers have been published yet.</p>
      ) : (
        <ul className={styles.trackers}>
          {trackers.map((tracker) => (
            <li key={tracker.slug}>
              <TrackerCard tracker={tracker} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Follow every approved change in the <a href={SITE_FEED_PATH}>Atom feed</a>, or read the data through the{" "}
        <a href={OPENAPI_PATH}>public JSON API</a>.
      </p>
    </div>
  );
}
