import type { Metadata } from "next";
import { TokenButtonForm } from "@/components/notifications/token-button-form";
import { unsubscribeAction } from "@/app/follow/actions";

export const metadata: Metadata = { title: "Stop these mails", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ kind?: string; cadence?: string }> };

/**
 * Where a mail's unsubscribe link lands in a browser (mail clients POST to
 * /api/unsubscribe/<token> instead, RFC 8058). Opening it changes nothing, so a link
 * scanner cannot unsubscribe anyone; the button does.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { kind, cadence } = await searchParams;
  const fields: Record<string, string> = { token };
  if (typeof kind === "string" && kind) fields.kind = kind;
  if (typeof cadence === "string" && cadence) fields.cadence = cadence;
  return (
    <div className="container page">
      <p className="eyebrow">Mail from Proofboard</p>
      <h1>Stop these mails?</h1>
      <p className="lede">
        {fields.kind ? "You will get no more mails of this kind." : fields.cadence ? `Your ${fields.cadence} mails will stop.` : "The mails this link came with will stop."}{" "}
        Signed-in users can choose every kind of mail under Workspace › Notification mail.
      </p>
      <TokenButtonForm action={unsubscribeAction} fields={fields} label="Stop these mails" />
    </div>
  );
}
