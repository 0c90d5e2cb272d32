import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { clientIp } from "@/lib/http/request-origin";
import { formatDateTime } from "@/components/admin/format-date-time";
import { listLocallyCaughtMail } from "@/lib/server/mail/caught-mail-page";

export const metadata: Metadata = { title: "Caught mail", robots: { index: false } };
export const dynamic = "force-dynamic";

/** Local only: every mail the app sent to the local mail catcher, newest first, to a browser on this machine. */
export default async function CaughtMailPage() {
  const listing = await listLocallyCaughtMail(clientIp(await headers()));
  if (!listing) notFound();
  return (
    <div className="container page">
      <p className="eyebrow">Development</p>
      <h1>Caught mail</h1>
      <p className="lede">
        No mail server is configured, so every mail the app sends is kept in <code>{listing.dir}</code> instead of being delivered. Set{" "}
        <code>SMTP_URL</code> and <code>MAIL_FROM</code> to send real mail; this page then disappears.
      </p>
      {listing.messages.length === 0 ? (
        <p role="status">No mail yet. Approving a proposal, following a claim or a digest sends one.</p>
      ) : (
        <ol className="caught-mail" aria-label={`${listing.messages.length} caught messages, newest first`}>
          {listing.messages.map((mail) => (
            <li key={mail.id}>
              <details>
                <summary>
                  <strong>{mail.subject || "(no subject)"}</strong> · to {mail.to} · {formatDateTime(mail.receivedAt)}
                </summary>
                <dl>
                  <dt>From</dt>
                  <dd>{mail.from}</dd>
                  {mail.headers["list-unsubscribe"] ? (
                    <>
                      <dt>List-Unsubscribe</dt>
                      <dd>
                        <code>{mail.headers["list-unsubscribe"]}</code>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <pre className="caught-mail-text">{mail.text}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
