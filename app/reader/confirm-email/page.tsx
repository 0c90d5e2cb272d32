import type { Metadata } from "next";
import { ConfirmEmailForm } from "@/components/reader/confirm-email-form";
import { confirmReaderEmailAction } from "@/app/reader/actions";

export const metadata: Metadata = { title: "Confirm your address", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="container page">
      <h1>Confirm your address</h1>
      <p>Confirm the address you gave with your submission, and we will write to it once, when an analyst has decided. We never show it publicly.</p>
      <ConfirmEmailForm token={typeof token === "string" ? token : ""} action={confirmReaderEmailAction} />
    </div>
  );
}
