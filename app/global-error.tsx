"use client";

import "./globals.css";

type GlobalErrorProps = { error: unknown; retry: () => void };

// Catches what app/error.tsx cannot: a failure in the root layout itself (for example the
// header's session lookup while the database is down). It replaces the whole document, so it
// brings its own <html>, <body> and styles, and keeps to plain elements that cannot fail.
export default function GlobalError({ error, retry }: GlobalErrorProps) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="en-GB">
      <body>
        <main className="container page">
          <div className="prose">
            <p className="eyebrow">Something went wrong</p>
            <h1>Proofboard is temporarily unavailable</h1>
            <p>Nothing has been lost; please try again in a moment.</p>
            <p>
              <button type="button" className="button" onClick={() => retry()}>
                Try again
              </button>
            </p>
            {digest ? <p className="muted">Reference: {digest}</p> : null}
          </div>
        </main>
      </body>
    </html>
  );
}
