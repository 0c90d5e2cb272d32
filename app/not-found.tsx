import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found" };

// Unknown tracker slugs, unknown claim ids and unmatched URLs all land here with a 404.
export default function NotFound() {
  return (
    <div className="container page">
      <div className="prose">
        <p className="eyebrow">Error 404</p>
        <h1>Page not found</h1>
        <p>
          There is no published tracker or claim at this address. It may have been unpublished, archived or
          mistyped.
        </p>
        <p>
          <Link href="/">See all published trackers</Link> or read{" "}
          <Link href="/methodology">how Proofboard works</Link>.
        </p>
      </div>
    </div>
  );
}
