import type { Metadata } from "next";
import Link from "next/link";
import { CorrectionsPolicyForm } from "@/components/admin/corrections-policy-form";
import { FormattedDate } from "@/components/formatted-date";
import { Forbidden } from "@/components/forbidden";
import { CORRECTIONS_PATH } from "@/lib/public/urls";
import { getCorrectionsPolicyHistory } from "@/lib/server/reader-submissions/get-corrections-policy";
import { adminActorOrNull } from "../admin-actor";
import { updateCorrectionsPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Corrections policy", robots: { index: false } };

export default async function CorrectionsPolicyPage() {
  const actor = await adminActorOrNull("/admin/corrections-policy", "corrections:edit");
  if (!actor) return <Forbidden what="edit the corrections policy" />;
  const policy = await getCorrectionsPolicyHistory(actor);
  return (
    <div className="container page">
      <p className="eyebrow">Admin</p>
      <h1>Corrections policy</h1>
      <p className="lede">
        The short text at the top of the <Link href={CORRECTIONS_PATH}>corrections log</Link> and of every tracker&apos;s. Each save is a new
        version; earlier ones are kept below and in the audit log.
      </p>
      {policy.isDefault ? <p className="muted">No policy has been written yet: the pages show the default text below.</p> : null}
      <CorrectionsPolicyForm current={policy.current} action={updateCorrectionsPolicyAction} />
      {policy.versions.length > 0 ? (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">Earlier versions</h2>
          <ol>
            {policy.versions.map((version) => (
              <li key={version.id}>
                <FormattedDate value={version.at} />, by {version.by}: <q>{version.text}</q>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
