import type { Metadata } from "next";
import Link from "next/link";
import { TokenButtonForm } from "@/components/notifications/token-button-form";
import { CADENCE_LABELS } from "@/lib/domain/notifications/preferences";
import { describeFollow } from "@/lib/server/notifications/reader-commands";
import { confirmFollowAction } from "../actions";

export const metadata: Metadata = { title: "Confirm your follow", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ confirmed?: string }> };

/** The confirmation link of a reader's follow. A mail scanner opening it confirms nothing: the button does. */
export default async function ConfirmFollowPage({ params, searchParams }: Props) {
  const { token } = await params;
  const follow = await describeFollow(token);
  if (!follow || follow.stopped) {
    return (
      <div className="container page">
        <h1>This link is not valid any more</h1>
        <p className="lede">The follow was stopped or never existed. Follow again from the claim or tracker page to get a new link.</p>
      </div>
    );
  }
  const what = `the ${follow.target.kind} “${follow.target.title}”`;
  return (
    <div className="container page">
      <p className="eyebrow">Follow by email</p>
      <h1>{follow.confirmed ? "You follow this" : "Confirm your follow"}</h1>
      <p className="lede">
        {follow.confirmed ? "Mails come" : "Once confirmed, mails come"} about <Link href={follow.target.path}>{what}</Link>: {CADENCE_LABELS[follow.cadence].toLowerCase()}.
        {(await searchParams).confirmed ? " Confirmed: thank you." : ""}
      </p>
      {follow.confirmed ? null : <TokenButtonForm action={confirmFollowAction} fields={{ token }} label="Confirm the follow" />}
      <p>
        <Link href={`/unsubscribe/${encodeURIComponent(token)}`}>Stop this follow</Link>
      </p>
    </div>
  );
}
