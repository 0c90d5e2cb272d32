// What each command is for, checked after an allowed call in the authorization matrix: the
// row it should have written or changed, read back from the database. A command that
// resolved but did nothing (or did something else) fails its allowed cells.
import { expect } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { getDb } from "@/lib/db/client";
import type { CommandName } from "@/lib/server/commands";
import type { TestUser } from "./builders";
import { PROVENANCE_EFFECTS } from "./provenance-scenarios";
import { DISCUSSION_EFFECTS } from "./discussion-scenarios";
import { READER_EFFECTS } from "./reader-scenarios";
import { NOTIFICATION_EFFECTS } from "./notification-scenarios";

// The inputs come from VALID_CALLS, whose shapes differ per command.
type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Effect = (call: { input: Input; actor: TestUser }) => Promise<void>;

const db = () => getDb();

export const INTENDED_EFFECTS: Record<CommandName, Effect> = {
  async createClaim({ input, actor }) {
    const claim = await db().claim.findFirstOrThrow({ where: { proofPointId: input.proofPointId, statement: input.statement } });
    expect(claim).toMatchObject({ createdById: actor.id, status: "unverified", version: 1 });
  },
  async editClaim({ input }) {
    expect(await db().claim.findUniqueOrThrow({ where: { id: input.claimId } })).toMatchObject({ statement: input.statement, version: input.version + 1 });
  },
  async addEvidence({ input, actor }) {
    expect(await db().evidence.findFirstOrThrow({ where: { claimId: input.claimId, deletedAt: null } })).toMatchObject({ title: input.title, createdById: actor.id });
  },
  async editEvidence({ input }) {
    expect(await db().evidence.findUniqueOrThrow({ where: { id: input.evidenceId } })).toMatchObject({ title: input.title });
  },
  async removeEvidence({ input, actor }) {
    const evidence = await db().evidence.findUniqueOrThrow({ where: { id: input.evidenceId } });
    expect(evidence.deletedAt).toBeInstanceOf(Date);
    expect(evidence.deletedById).toBe(actor.id);
  },
  async proposeSourceGrade({ input, actor }) {
    const proposal = await db().sourceGradeProposal.findFirstOrThrow({ where: { sourceId: input.sourceId, proposedById: actor.id } });
    expect(proposal).toMatchObject({ state: "pending", toReliability: input.reliability });
    // A proposal re-weighs nothing until a second person approves it.
    expect(await db().source.findUniqueOrThrow({ where: { id: input.sourceId } })).toMatchObject({ reliability: proposal.fromReliability });
  },
  async proposeConfirmation({ input, actor }) {
    const proposal = await db().statusProposal.findFirstOrThrow({ where: { claimId: input.claimId, proposedById: actor.id, state: "pending" } });
    expect(proposal.toStatus).toBe(proposal.fromStatus);
  },
  async approveSourceGrade({ input, actor }) {
    const proposal = await db().sourceGradeProposal.findUniqueOrThrow({ where: { id: input.proposalId } });
    expect(proposal).toMatchObject({ state: "approved", decidedById: actor.id });
    expect(await db().source.findUniqueOrThrow({ where: { id: proposal.sourceId } })).toMatchObject({ reliability: proposal.toReliability });
  },
  async rejectSourceGrade({ input, actor }) {
    const proposal = await db().sourceGradeProposal.findUniqueOrThrow({ where: { id: input.proposalId } });
    expect(proposal).toMatchObject({ state: "rejected", decidedById: actor.id });
    expect(await db().source.findUniqueOrThrow({ where: { id: proposal.sourceId } })).toMatchObject({ reliability: proposal.fromReliability });
  },
  async confirmSourceGrade({ input }) {
    expect(await db().source.findUniqueOrThrow({ where: { id: input.sourceId } })).toMatchObject({ gradeProvisional: false });
  },
  async updateSource({ input }) {
    expect(await db().source.findUniqueOrThrow({ where: { id: input.sourceId } })).toMatchObject({ name: input.name });
  },
  async proposeStatusChange({ input, actor }) {
    const proposal = await db().statusProposal.findFirstOrThrow({ where: { claimId: input.claimId, proposedById: actor.id }, include: { citations: true } });
    expect(proposal).toMatchObject({ state: "pending", fromStatus: "unverified", toStatus: input.toStatus });
    expect(proposal.citations.map((citation) => citation.evidenceId)).toEqual(input.evidenceIds);
  },
  async approveProposal({ input, actor }) {
    const proposal = await db().statusProposal.findUniqueOrThrow({ where: { id: input.proposalId } });
    expect(proposal).toMatchObject({ state: "approved", decidedById: actor.id });
    expect(await db().claim.findUniqueOrThrow({ where: { id: proposal.claimId } })).toMatchObject({ status: proposal.toStatus });
    expect(await db().statusChange.count({ where: { proposalId: proposal.id, approvedById: actor.id } })).toBe(1);
  },
  async rejectProposal({ input, actor }) {
    expect(await db().statusProposal.findUniqueOrThrow({ where: { id: input.proposalId } })).toMatchObject({
      state: "rejected",
      decidedById: actor.id,
      decisionNote: input.note,
    });
  },
  async withdrawProposal({ input }) {
    expect(await db().statusProposal.findUniqueOrThrow({ where: { id: input.proposalId } })).toMatchObject({ state: "withdrawn" });
  },
  async createUser({ input }) {
    expect(await db().user.findUniqueOrThrow({ where: { email: input.email } })).toMatchObject({ name: input.name, roles: input.roles, deactivatedAt: null });
  },
  async setUserRoles({ input }) {
    expect((await db().user.findUniqueOrThrow({ where: { id: input.userId } })).roles.sort()).toEqual([...input.roles].sort());
  },
  async deactivateUser({ input }) {
    expect((await db().user.findUniqueOrThrow({ where: { id: input.userId } })).deactivatedAt).toBeInstanceOf(Date);
    expect(await db().session.count({ where: { userId: input.userId } })).toBe(0);
  },
  async reactivateUser({ input }) {
    expect((await db().user.findUniqueOrThrow({ where: { id: input.userId } })).deactivatedAt).toBeNull();
  },
  async changeOwnPassword({ input, actor }) {
    const account = await db().account.findFirstOrThrow({ where: { userId: actor.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: input.newPassword })).toBe(true);
  },
  async createTracker({ input }) {
    expect(await db().tracker.findUniqueOrThrow({ where: { slug: input.slug } })).toMatchObject({ title: input.title, published: false });
  },
  async updateTracker({ input }) {
    expect(await db().tracker.findUniqueOrThrow({ where: { id: input.trackerId } })).toMatchObject({ title: input.title });
  },
  async publishTracker({ input }) {
    expect(await db().tracker.findUniqueOrThrow({ where: { id: input.trackerId } })).toMatchObject({ published: true });
  },
  async unpublishTracker({ input }) {
    expect(await db().tracker.findUniqueOrThrow({ where: { id: input.trackerId } })).toMatchObject({ published: false });
  },
  async archiveTracker({ input }) {
    expect((await db().tracker.findUniqueOrThrow({ where: { id: input.trackerId } })).archivedAt).toBeInstanceOf(Date);
  },
  async unarchiveTracker({ input }) {
    expect((await db().tracker.findUniqueOrThrow({ where: { id: input.trackerId } })).archivedAt).toBeNull();
  },
  async addProofPoint({ input }) {
    const point = await db().proofPoint.findFirstOrThrow({ where: { trackerId: input.trackerId, key: input.key }, include: { criteria: true } });
    expect(point).toMatchObject({ title: input.title, retiredAt: null });
    expect(point.criteria).toHaveLength(1);
  },
  async updateProofPoint({ input }) {
    expect(await db().proofPoint.findUniqueOrThrow({ where: { id: input.proofPointId } })).toMatchObject({ title: input.title, question: input.question });
  },
  async reorderProofPoints({ input }) {
    const points = await db().proofPoint.findMany({ where: { trackerId: input.trackerId }, orderBy: { position: "asc" } });
    expect(points.map((point) => point.id)).toEqual(input.order);
  },
  async retireProofPoint({ input }) {
    expect((await db().proofPoint.findUniqueOrThrow({ where: { id: input.proofPointId } })).retiredAt).toBeInstanceOf(Date);
  },
  async restoreProofPoint({ input }) {
    expect((await db().proofPoint.findUniqueOrThrow({ where: { id: input.proofPointId } })).retiredAt).toBeNull();
  },
  async setProofPointCriteria({ input }) {
    const latest = await db().resolutionCriteria.findFirstOrThrow({ where: { proofPointId: input.proofPointId }, orderBy: { version: "desc" } });
    expect(latest).toMatchObject({ tickWhen: input.tickWhen, version: 2 });
  },
  async openForecastQuestion({ input, actor }) {
    const question = await db().forecastQuestion.findFirstOrThrow({ where: { proofPointId: input.proofPointId, createdById: actor.id } });
    expect(question.resolution).toBeNull();
    expect(question.closesOn.toISOString().slice(0, 10)).toBe(input.closesOn);
  },
  async submitForecast({ input, actor }) {
    const forecast = await db().forecast.findFirstOrThrow({ where: { questionId: input.questionId, userId: actor.id } });
    expect(forecast.probability).toBe(Number(input.probability));
  },
  async setForecastProfile({ actor }) {
    expect(await db().user.findUniqueOrThrow({ where: { id: actor.id } })).toMatchObject({ forecastProfilePublic: true });
  },
  async retryJob({ input }) {
    // The failed row is gone and a fresh copy waits in the outbox for a worker.
    expect(await db().$queryRawUnsafe<unknown[]>("SELECT 1 FROM pgboss.job WHERE id = $1::uuid", input.jobId)).toHaveLength(0);
    expect(await db().jobOutbox.count({ where: { name: input.queue } })).toBeGreaterThan(0);
  },
  async clearSignInThrottle({ input }) {
    expect(await db().signInThrottle.count({ where: { scope: input.scope, accountKey: input.accountKey, ip: input.ip } })).toBe(0);
  },
  async signOutEverywhere({ actor }) {
    expect(await db().session.count({ where: { userId: actor.id } })).toBe(0);
  },
  ...PROVENANCE_EFFECTS,
  ...DISCUSSION_EFFECTS,
  ...READER_EFFECTS,
  ...NOTIFICATION_EFFECTS,
};
