// A valid call of every command, with fresh fixtures per call: the input that would
// succeed for `actor` if `actor` held the right permission. The authorization matrix
// uses it for every cell, so a denied cell is denied by the permission check and not by
// a missing row or a four-eyes rule; the rule 1 test uses it to run every command.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { COMMANDS, type CommandName } from "@/lib/server/commands";
import {
  CLAIM_FIELDS,
  evidenceInput,
  makeClaim,
  makeEvidence,
  makeProposal,
  makeTracker,
  makeUser,
  RATIONALE,
  TEST_PASSWORD,
  uniqueToken,
  type TestUser,
} from "./builders";
import { makeFailedJob } from "./job-fixtures";
import { TRACKER_VALID_CALLS } from "./tracker-scenarios";
import { VERDICT_VALID_CALLS } from "./verdict-scenarios";
import { WORKSPACE_VALID_CALLS } from "./workspace-scenarios";
import { FORECAST_VALID_CALLS } from "./forecast-scenarios";
import { PROVENANCE_VALID_CALLS } from "./provenance-scenarios";
import { DISCUSSION_VALID_CALLS } from "./discussion-scenarios";
import { READER_VALID_CALLS } from "./reader-scenarios";
import { NOTIFICATION_VALID_CALLS } from "./notification-scenarios";

export const ACTOR_KINDS = ["anonymous", "analyst", "reviewer", "admin", "deactivated"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * A fresh actor of a kind. The deactivated user holds every role, so a refusal can only
 * come from the deactivation. `password: true` gives them TEST_PASSWORD (changeOwnPassword).
 */
export async function makeActor(kind: ActorKind, options: { password?: boolean } = {}): Promise<TestUser | null> {
  const password = options.password ? TEST_PASSWORD : undefined;
  switch (kind) {
    case "anonymous":
      return null;
    case "deactivated":
      return makeUser({ roles: ["analyst", "reviewer", "admin"], deactivated: true, password });
    default:
      return makeUser({ roles: [kind], password });
  }
}

type Prepare = (actor: TestUser | null) => Promise<Record<string, unknown>>;

export const VALID_CALLS: Record<CommandName, Prepare> = {
  async retryJob() {
    const job = await makeFailedJob();
    return { queue: job.queue, jobId: job.id };
  },
  async createClaim() {
    const tracker = await makeTracker({ proofPoints: 1 });
    return { ...CLAIM_FIELDS, proofPointId: tracker.proofPoints[0]!.id };
  },
  async addEvidence() {
    const claim = await makeClaim();
    return evidenceInput(claim.id);
  },
  async proposeStatusChange() {
    const claim = await makeClaim();
    const evidence = await makeEvidence({ claimId: claim.id, stance: "supports" });
    return { claimId: claim.id, toStatus: "supported", rationale: RATIONALE, evidenceIds: [evidence.id] };
  },
  // Someone else's proposal (four eyes).
  async approveProposal() {
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "supported" });
    return { proposalId: proposal.id, note: "Checked the cited article." };
  },
  async rejectProposal() {
    const claim = await makeClaim();
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "disputed" });
    return { proposalId: proposal.id, note: "The cited article does not say this." };
  },
  // The actor's own proposal. Actors who may not propose (admins, deactivated users)
  // own one written as a row, so only the withdraw permission can refuse them.
  async withdrawProposal(actor) {
    const claim = await makeClaim();
    const proposer = actor ?? (await makeUser({ roles: ["analyst"] }));
    const mayPropose = !proposer.deactivatedAt && proposer.roles.some((role) => role === "analyst" || role === "reviewer");
    const proposal = await makeProposal({ claimId: claim.id, proposer, direct: !mayPropose });
    return { proposalId: proposal.id };
  },
  async createUser() {
    return { email: `new-${uniqueToken()}@example.org`, name: "New Analyst", roles: ["analyst"], password: "a new long password" };
  },
  async setUserRoles() {
    const target = await makeUser({ roles: ["analyst"] });
    return { userId: target.id, roles: ["analyst", "reviewer"] };
  },
  async deactivateUser() {
    const target = await makeUser({ roles: ["analyst"] });
    return { userId: target.id };
  },
  async reactivateUser() {
    const target = await makeUser({ roles: ["analyst"], deactivated: true });
    return { userId: target.id };
  },
  async clearSignInThrottle() {
    const accountKey = `throttled-${uniqueToken()}@example.org`;
    await getDb().signInThrottle.create({
      data: { scope: "pair", accountKey, ip: "203.0.113.9", failures: 6, blockedUntil: new Date(Date.now() + 60_000), lastFailedAt: new Date() },
    });
    return { scope: "pair", accountKey, ip: "203.0.113.9" };
  },
  async signOutEverywhere() {
    return {};
  },
  async changeOwnPassword(actor) {
    const newPassword = "a brand new passphrase";
    return { currentPassword: actor?.password ?? TEST_PASSWORD, newPassword, confirmPassword: newPassword };
  },
  ...TRACKER_VALID_CALLS,
  ...WORKSPACE_VALID_CALLS,
  ...FORECAST_VALID_CALLS,
  ...READER_VALID_CALLS,
  ...NOTIFICATION_VALID_CALLS,
  ...VERDICT_VALID_CALLS,
  ...PROVENANCE_VALID_CALLS,
  ...DISCUSSION_VALID_CALLS,
};

/** Commands whose valid call needs the actor's own password. */
export const NEEDS_PASSWORD: ReadonlySet<CommandName> = new Set(["changeOwnPassword"]);

export function runCommand(name: CommandName, actor: Actor | null, input: unknown): Promise<unknown> {
  const command = COMMANDS[name] as (actor: Actor | null, input: unknown) => Promise<unknown>;
  return command(actor, input);
}
