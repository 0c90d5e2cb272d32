"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { flashHref } from "@/components/workspace/flash";
import { formAction } from "@/lib/actions/form-action";
import { editEvidence } from "@/lib/server/evidence/edit-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { getLinkMetadata } from "@/lib/server/capture/link-metadata";
import { dismissProvenanceSuggestion } from "@/lib/server/provenance/dismiss-provenance-suggestion";
import { linkProvenance } from "@/lib/server/provenance/link-provenance";
import { removeProvenanceLink } from "@/lib/server/provenance/remove-provenance-link";

const claimPath = (id: string) => `/workspace/claims/${id}`;

export const editEvidenceAction = formAction(async ({ actor, input }) => {
  const { evidence, changed } = await editEvidence(actor, input);
  if (changed) revalidatePath(`/claims/${evidence.claimId}`);
  redirect(flashHref(claimPath(evidence.claimId), changed ? "evidence-updated" : "evidence-unchanged", `evidence-${evidence.id}`));
});

export const removeEvidenceAction = formAction(async ({ actor, input }) => {
  // The tick is a form-level safeguard against a stray tap; the command itself needs none.
  if (input.confirm !== "yes") {
    return {
      status: "error",
      message: "Tick the box to confirm the removal; nothing was removed.",
      fieldErrors: { confirm: ["tick this box to confirm"] },
      values: input,
    };
  }
  const evidence = await removeEvidence(actor, input);
  revalidatePath(`/claims/${evidence.claimId}`);
  redirect(flashHref(claimPath(evidence.claimId), "evidence-removed", "removed-evidence"));
});

/** Metadata on paste: reads the page's title, site, date and canonical URL; saves nothing. */
export const fetchLinkMetadataAction = formAction(
  async ({ actor, input }) => {
    const result = await getLinkMetadata(actor, { url: input.url });
    return { status: "success", details: result };
  },
);

const provenancePath = (id: string) => `/workspace/evidence/${id}/provenance`;

export const linkProvenanceAction = formAction(async ({ actor, input }) => {
  const { link } = await linkProvenance(actor, input);
  redirect(flashHref(provenancePath(link.evidenceId), "provenance-linked", "links"));
});

export const removeProvenanceLinkAction = formAction(async ({ actor, input }) => {
  const { link } = await removeProvenanceLink(actor, input);
  redirect(flashHref(provenancePath(link.evidenceId), "provenance-removed", "links"));
});

export const dismissSuggestionAction = formAction(async ({ actor, input }) => {
  const { dismissal } = await dismissProvenanceSuggestion(actor, input);
  redirect(flashHref(provenancePath(dismissal.evidenceId), "suggestion-dismissed", "suggestions"));
});
