import Link from "next/link";

/** Shown when a signed-in user opens a page their roles do not allow. */
export function Forbidden({ what }: { what: string }) {
  return (
    <div className="container page">
      <h1>Not allowed</h1>
      <p className="lede">Your roles do not allow you to {what}. Ask an admin if you need access.</p>
      <p>
        <Link href="/workspace">Back to your workspace</Link>
      </p>
    </div>
  );
}
