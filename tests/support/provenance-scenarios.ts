// A valid call of each provenance command, with fresh fixtures per call, in the shape of
// VALID_CALLS in command-scenarios.ts: spread into it so the authorization matrix, the rule 1
// test and the public-writes test cover these commands.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { linkProvenance } from "@/lib/server/provenance/link-provenance";
import { makeClaim, makeEvidence, makeUser } from "./builders";

type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;

export const PROVENANCE_REASON = "Both articles credit the same wire story in their first line.";

/** Two items on one claim; the second may be linked to the first. */
export async function makeTwoItems() {
  const claim = await makeClaim();
  const first = await makeEvidence({ claimId: claim.id });
  const second = await makeEvidence({ claimId: claim.id });
  return { claim, first, second };
}

export async function makeLinkedPair() {
  const pair = await makeTwoItems();
  const analyst = await makeUser({ roles: ["analyst"] });
  const { link } = await linkProvenance(analyst, { evidenceId: pair.second.id, relation: "republishes", target: `item:${pair.first.id}`, reason: PROVENANCE_REASON });
  return { ...pair, link, analyst };
}

export const PROVENANCE_VALID_CALLS = {
  async linkProvenance() {
    const { second } = await makeTwoItems();
    return { evidenceId: second.id, relation: "republishes", target: "new", originName: `Reuters wire, 17 Dec 2025 (${second.id})`, reason: PROVENANCE_REASON };
  },
  async removeProvenanceLink() {
    const { link } = await makeLinkedPair();
    return { linkId: link.id, reason: "The second article was reported independently." };
  },
  async dismissProvenanceSuggestion() {
    const { second, first } = await makeTwoItems();
    return { evidenceId: second.id, kind: "similar_quote", candidate: first.id };
  },
} satisfies Record<string, Prepare>;

export type ProvenanceCommandName = keyof typeof PROVENANCE_VALID_CALLS;

type Expected = "allowed" | "denied";

/** Authorization matrix rows: anonymous, analyst, reviewer, admin, deactivated. */
// prettier-ignore
export const PROVENANCE_MATRIX_ROWS: Record<ProvenanceCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  linkProvenance:              ["denied", "allowed", "allowed", "denied", "denied"],
  removeProvenanceLink:        ["denied", "allowed", "allowed", "denied", "denied"],
  dismissProvenanceSuggestion: ["denied", "allowed", "allowed", "denied", "denied"],
};

/** Who runs each command in the rule 1 test (nothing but an approval moves a status). */
export const PROVENANCE_RUN_AS: Record<ProvenanceCommandName, "analyst"> = {
  linkProvenance: "analyst",
  removeProvenanceLink: "analyst",
  dismissProvenanceSuggestion: "analyst",
};

/** What an allowed call should have written (the authorization matrix checks it). */
export const PROVENANCE_EFFECTS = {
  async linkProvenance({ input, actor }: { input: Record<string, string>; actor: { id: string } }) {
    const link = await getDb().provenanceLink.findFirstOrThrow({ where: { evidenceId: input.evidenceId, removedAt: null }, include: { origin: true } });
    if (link.createdById !== actor.id || link.origin?.name !== input.originName) throw new Error("linkProvenance wrote another link");
  },
  async removeProvenanceLink({ input, actor }: { input: Record<string, string>; actor: { id: string } }) {
    const link = await getDb().provenanceLink.findUniqueOrThrow({ where: { id: input.linkId } });
    if (!link.removedAt || link.removedById !== actor.id) throw new Error("removeProvenanceLink left the link live");
  },
  async dismissProvenanceSuggestion({ input, actor }: { input: Record<string, string>; actor: { id: string } }) {
    const row = await getDb().provenanceSuggestionDismissal.findFirstOrThrow({ where: { evidenceId: input.evidenceId, candidate: input.candidate } });
    if (row.dismissedById !== actor.id) throw new Error("dismissProvenanceSuggestion recorded another user");
  },
};
