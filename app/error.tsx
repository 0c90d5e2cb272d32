"use client";

import Link from "next/link";
import { useEffect } from "react";

type ErrorPageProps = { error: unknown; retry: () => void };

// Error boundaries must be client components. Server errors arrive with a digest only, never
// their message, so readers see no internals; the digest lets operators find the server log.
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="container page">
      <div className="prose">
        <p className="eyebrow">Something went wrong</p>
        <h1>This page could not be loaded</h1>
        <p>The scorecard data is temporarily unavailable. Nothing has been lost; please try again in a moment.</p>
        <p>
          <button type="button" className="button" onClick={() => retry()}>
            Try again
          </button>{" "}
          or <Link href="/">go to the tracker list</Link>.
        </p>
        {digest ? <p className="muted">Reference: {digest}</p> : null}
      </div>
    </div>
  );
}
