// A valid call of each proposal-discussion command, with fresh fixtures per call, in the
// shape of VALID_CALLS in command-scenarios.ts: spread into it so the authorization matrix,
// the rule 1 test and the public-writes test cover these commands.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { makeClaim, makeEvidence, makeProposal, makeUser, RATIONALE } from "./builders";

type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;

export const AMENDED_RATIONALE = "A second report now confirms the wafer numbers, so the proposal rests on two items.";

// The actor's own pending proposal. Actors who may not propose (admins, deactivated users)
// own one written as a row, so only the permission check can refuse them.
async function ownProposal(actor: Actor | null) {
  const claim = await makeClaim();
  const proposer = actor ?? (await makeUser({ roles: ["analyst"] }));
  const mayPropose = !proposer.deactivatedAt && proposer.roles.some((role) => role === "analyst" || role === "reviewer");
  return makeProposal({ claimId: claim.id, proposer, direct: !mayPropose });
}

export const DISCUSSION_VALID_CALLS = {
  async commentOnProposal(actor) {
    const proposal = await ownProposal(actor);
    return { proposalId: proposal.id, body: "The second report is behind a paywall; I have added its quote." };
  },
  async amendProposal(actor) {
    const proposal = await ownProposal(actor);
    const added = await makeEvidence({ claimId: proposal.claimId, stance: "supports" });
    return { proposalId: proposal.id, rationale: AMENDED_RATIONALE, evidenceIds: [added.id], note: "Cited the second report instead." };
  },
} satisfies Record<string, Prepare>;

export type DiscussionCommandName = keyof typeof DISCUSSION_VALID_CALLS;

type Expected = "allowed" | "denied";

/** Authorization matrix rows: anonymous, analyst, reviewer, admin, deactivated. */
// prettier-ignore
export const DISCUSSION_MATRIX_ROWS: Record<DiscussionCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  commentOnProposal: ["denied", "allowed", "allowed", "denied", "denied"],
  amendProposal:     ["denied", "allowed", "allowed", "denied", "denied"],
};

/** Who runs each command in the rule 1 test (nothing but an approval moves a status). */
export const DISCUSSION_RUN_AS: Record<DiscussionCommandName, "analyst"> = {
  commentOnProposal: "analyst",
  amendProposal: "analyst",
};

type Effect = (call: { input: Record<string, unknown>; actor: { id: string } }) => Promise<void>;

/** What an allowed call should have written (the authorization matrix checks it). */
export const DISCUSSION_EFFECTS: Record<DiscussionCommandName, Effect> = {
  async commentOnProposal({ input, actor }) {
    const comment = await getDb().proposalComment.findFirstOrThrow({ where: { proposalId: input.proposalId as string } });
    if (comment.authorId !== actor.id || comment.body !== input.body || comment.kind !== "comment") throw new Error("commentOnProposal wrote another comment");
  },
  async amendProposal({ input, actor }) {
    const proposal = await getDb().statusProposal.findUniqueOrThrow({ where: { id: input.proposalId as string }, include: { citations: true, comments: true } });
    if (proposal.rationale !== AMENDED_RATIONALE || proposal.state !== "pending") throw new Error("amendProposal left the rationale as it was");
    if (proposal.citations.map((citation) => citation.evidenceId).join() !== (input.evidenceIds as string[]).join()) throw new Error("amendProposal kept the old citations");
    if (!proposal.comments.some((comment) => comment.kind === "amended" && comment.authorId === actor.id)) throw new Error("amendProposal left no note");
  },
};

export { RATIONALE };
