// Builders for integration tests: each writes real rows in the current test file's
// database and returns them. Claims, evidence, proposals and approvals go through the
// command layer (as prisma/seed.ts does), so a fixture is something the app could have
// written itself; only users, trackers and deliberately impossible states are raw rows.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { ClaimStatus, Role, Stance } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { citationProblem } from "@/lib/domain/citation-rules";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";

let sequence = 0;

/** A short token unique within the run: for emails, slugs and URLs. */
export function uniqueToken(): string {
  sequence += 1;
  return `${sequence.toString(36)}${randomBytes(3).toString("hex")}`;
}

/** An Actor as the command layer receives it, plus the plain password when one was set. */
export type TestUser = Actor & { password?: string };

export const TEST_PASSWORD = "correct horse battery staple";

export async function makeUser(
  options: { roles?: Role[]; deactivated?: boolean; password?: string; name?: string; email?: string } = {},
): Promise<TestUser> {
  const token = uniqueToken();
  const user = await getDb().user.create({
    data: {
      email: options.email ?? `user-${token}@example.org`,
      name: options.name ?? `Test User ${token}`,
      roles: options.roles ?? ["analyst"],
      emailVerified: true,
      deactivatedAt: options.deactivated ? new Date() : null,
    },
  });
  if (options.password) {
    // Stored the way better-auth stores email+password accounts (see create-user-record.ts).
    await getDb().account.create({
      data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(options.password) },
    });
  }
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles,
    deactivatedAt: user.deactivatedAt,
    password: options.password,
  };
}

export async function makeTracker(options: { published?: boolean; proofPoints?: number; retired?: number[] } = {}) {
  const token = uniqueToken();
  const count = options.proofPoints ?? 2;
  return getDb().tracker.create({
    data: {
      slug: `tracker-${token}`,
      title: `Test tracker ${token}`,
      question: "Does the test tracker answer its question?",
      published: options.published ?? true,
      publishedAt: options.published === false ? null : new Date(),
      proofPoints: {
        create: Array.from({ length: count }, (_, position) => ({
          key: `point-${position + 1}`,
          title: `Proof point ${position + 1}`,
          question: `Is proof point ${position + 1} met?`,
          position,
          retiredAt: options.retired?.includes(position) ? new Date() : null,
        })),
      },
    },
    include: { proofPoints: { orderBy: { position: "asc" } } },
  });
}

export const CLAIM_FIELDS = {
  statement: "The test prototype has exposed patterned wafers at a 7 nm-class node.",
  claimant: "Test Wire Service",
  subject: "Test prototype team",
  claimedAt: "2025-12-20",
} as const;

/** A new claim, filed through createClaim (so it is unverified). */
export async function makeClaim(options: { proofPointId?: string; creator?: Actor; statement?: string; resolveBy?: string } = {}) {
  const proofPointId = options.proofPointId ?? (await makeTracker({ proofPoints: 1 })).proofPoints[0]!.id;
  const creator = options.creator ?? (await makeUser({ roles: ["analyst"] }));
  return createClaim(creator, {
    ...CLAIM_FIELDS,
    statement: options.statement ?? CLAIM_FIELDS.statement,
    resolveBy: options.resolveBy,
    proofPointId,
  });
}

export function evidenceInput(claimId: string, overrides: Record<string, unknown> = {}) {
  return {
    claimId,
    url: `https://news.example.com/articles/${uniqueToken()}`,
    title: "Test article about the prototype",
    quote: "The prototype is reported to have exposed test wafers.",
    publishedAt: "2025-12-19",
    accessedAt: "2025-12-21",
    stance: "supports",
    credibility: 3,
    ...overrides,
  };
}

/** An evidence item on a claim, logged through addEvidence. */
export async function makeEvidence(options: { claimId: string; creator?: Actor; stance?: Stance; credibility?: number; url?: string }) {
  const creator = options.creator ?? (await makeUser({ roles: ["analyst"] }));
  return addEvidence(
    creator,
    evidenceInput(options.claimId, {
      stance: options.stance ?? "supports",
      credibility: options.credibility ?? 3,
      ...(options.url ? { url: options.url } : {}),
    }),
  );
}

export const RATIONALE = "The cited reporting describes the prototype in enough detail to move this claim.";

/** The items a proposal builder logs and cites so the citation rules let `toStatus` through. */
const STANCES_CITED_FOR: Record<ClaimStatus, Stance[]> = {
  unverified: [],
  partially_supported: ["supports"],
  supported: ["supports"],
  refuted: ["refutes"],
  disputed: ["supports", "refutes"],
};

/**
 * A pending proposal through proposeStatusChange. Without `evidenceIds`, the items the
 * citation rules ask for are logged and cited.
 * `direct: true` writes the row itself, for proposers the command would refuse (e.g. an
 * admin in the authorization matrix, who must own a proposal to try withdrawing it).
 */
export async function makeProposal(options: {
  claimId: string;
  proposer?: Actor;
  toStatus?: ClaimStatus;
  evidenceIds?: string[];
  direct?: boolean;
}) {
  const proposer = options.proposer ?? (await makeUser({ roles: ["analyst"] }));
  const toStatus = options.toStatus ?? "partially_supported";
  let evidenceIds = options.evidenceIds;
  if (!evidenceIds) {
    evidenceIds = [];
    for (const stance of STANCES_CITED_FOR[toStatus]) evidenceIds.push((await makeEvidence({ claimId: options.claimId, stance })).id);
    if (citationProblem(toStatus, STANCES_CITED_FOR[toStatus].map((stance) => ({ stance })))) throw new Error(`builders cannot justify ${toStatus}`);
  }
  if (options.direct) {
    const claim = await getDb().claim.findUniqueOrThrow({ where: { id: options.claimId } });
    return getDb().statusProposal.create({
      data: {
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus,
        rationale: RATIONALE,
        proposedById: proposer.id,
        citations: { create: (evidenceIds ?? []).map((evidenceId) => ({ evidenceId })) },
      },
    });
  }
  return proposeStatusChange(proposer, { claimId: options.claimId, toStatus, rationale: RATIONALE, evidenceIds: evidenceIds ?? [] });
}

/** Moves a claim to `toStatus` the only way there is: a proposal and another person's approval. */
export async function makeApprovedChange(options: {
  claimId: string;
  toStatus: ClaimStatus;
  proposer?: Actor;
  reviewer?: Actor;
  evidenceIds?: string[];
  meetsCriteria?: boolean;
}) {
  const proposal = await makeProposal({ claimId: options.claimId, toStatus: options.toStatus, proposer: options.proposer, evidenceIds: options.evidenceIds });
  const reviewer = options.reviewer ?? (await makeUser({ roles: ["reviewer"] }));
  // Supported asks whether the claim meets its criteria; the default answer is yes.
  const meetsCriteria = options.toStatus === "supported" ? (options.meetsCriteria ?? true) : undefined;
  await approveProposal(reviewer, { proposalId: proposal.id, meetsCriteria });
  return proposal;
}
