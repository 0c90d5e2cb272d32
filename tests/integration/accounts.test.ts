// Accounts, sign-in, deactivation, last-admin protection and rate
// limiting. signInWithPassword runs as-is outside a Next request: better-auth's
// nextCookies plugin finds no request scope and sets no cookie, which is all it skips.
import { verifyPassword } from "better-auth/crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInWithPassword, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { reserveSignInAttempt, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { createUser } from "@/lib/server/users/create-user";
import { deactivateUser, reactivateUser } from "@/lib/server/users/set-user-active";
import { setUserRoles } from "@/lib/server/users/set-user-roles";
import { makeClaim, makeEvidence, makeProposal, makeUser, TEST_PASSWORD, uniqueToken, type TestUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

const db = () => getDb();

// Each test signs in from its own address, so the per-IP limit only trips where meant to.
let ip: string;
let ipCount = 0;
beforeEach(() => {
  ip = `203.0.113.${++ipCount}`;
});
const signIn = (email: string, password: string, from = ip) => signInWithPassword({ email, password }, { ip: from, headers: new Headers() });
const rejectionOf = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? error : Promise.reject(error)),
  );

describe("createUser", () => {
  it("stores a scrypt hash, and the password appears in no row of any table", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const password = `plain-${uniqueToken()}-password`;
    const user = await createUser(admin, { email: `Fresh-${uniqueToken()}@Example.org`, name: "Fresh Analyst", roles: ["analyst"], password });

    expect(user.email).toBe(user.email.toLowerCase());
    const account = await db().account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account).toMatchObject({ providerId: "credential", accountId: user.id });
    // better-auth's scrypt format: 16-byte salt and 64-byte key, hex, "salt:key".
    expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(await verifyPassword({ hash: account.password!, password })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: `${password}x` })).toBe(false);
    expect(JSON.stringify(await snapshotDatabase())).not.toContain(password);
  });

  it("refuses a second account for the same email, in any letter case, naming email", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const existing = await makeUser({ roles: ["analyst"] });
    const before = await snapshotDatabase();
    const error = await expectAppError(
      createUser(admin, { email: existing.email.toUpperCase(), name: "Someone Else", roles: ["analyst"], password: TEST_PASSWORD }),
      "INVALID_INPUT",
    );
    expect(error.fieldErrors.email).toEqual(["already belongs to an account"]);
    await expectDatabaseUnchanged(before);
  });
});

describe("sign-in", () => {
  it("a good password returns a session token whose session row exists", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const result = await signIn(user.email.toUpperCase(), TEST_PASSWORD);
    expect(result.token).toEqual(expect.any(String));
    expect(result.user.id).toBe(user.id);
    const session = await db().session.findUniqueOrThrow({ where: { token: result.token } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
  });

  it("a wrong password and an unknown email get the same answer, and no session", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const wrong = await expectAppError(signIn(user.email, "not the password at all"), "UNAUTHENTICATED");
    const unknown = await expectAppError(signIn(`nobody-${uniqueToken()}@example.org`, TEST_PASSWORD), "UNAUTHENTICATED");
    expect(wrong.message).toBe(WRONG_CREDENTIALS);
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.toJSON()).toEqual(wrong.toJSON());
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("deactivation", () => {
  it("ends every session at once and refuses sign-in; reactivation lets the user back in", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const user = await makeUser({ roles: ["analyst"], password: TEST_PASSWORD });
    await signIn(user.email, TEST_PASSWORD);
    await signIn(user.email, TEST_PASSWORD, "198.51.100.7");
    expect(await db().session.count({ where: { userId: user.id } })).toBe(2);

    await deactivateUser(admin, { userId: user.id });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    const refused = await expectAppError(signIn(user.email, TEST_PASSWORD), "FORBIDDEN");
    expect(refused.message).toMatch(/deactivated/);
    // Without the password, a deactivated account looks like any wrong password.
    expect((await expectAppError(signIn(user.email, "a wrong password!"), "UNAUTHENTICATED")).message).toBe(WRONG_CREDENTIALS);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);

    await reactivateUser(admin, { userId: user.id });
    const back = await signIn(user.email, TEST_PASSWORD);
    expect(await db().session.findUnique({ where: { token: back.token } })).toMatchObject({ userId: user.id });
  });

  it("keeps everything the user did attributed to them", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const user = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ creator: user });
    const evidence = await makeEvidence({ claimId: claim.id, creator: user });
    const proposal = await makeProposal({ claimId: claim.id, proposer: user, toStatus: "supported", evidenceIds: [evidence.id] });

    await deactivateUser(admin, { userId: user.id });

    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, deactivatedAt: expect.any(Date) });
    expect((await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).createdById).toBe(user.id);
    expect((await db().evidence.findUniqueOrThrow({ where: { id: evidence.id } })).createdById).toBe(user.id);
    expect((await db().statusProposal.findUniqueOrThrow({ where: { id: proposal.id } })).proposedById).toBe(user.id);
    const audited = await db().auditEvent.findMany({ where: { actorId: user.id }, select: { action: true, entityId: true } });
    expect(audited).toEqual(
      expect.arrayContaining([
        { action: "claim.create", entityId: claim.id },
        { action: "evidence.create", entityId: evidence.id },
        { action: "proposal.create", entityId: proposal.id },
      ]),
    );
  });
});

describe("the last active admin", () => {
  /** Leaves `ids` as the only admins in the database (fixture set-up, not under test). */
  async function onlyAdmins(...admins: TestUser[]) {
    const ids = admins.map((admin) => admin.id);
    await db().$executeRaw`UPDATE users SET roles = array_remove(roles, 'admin') WHERE NOT (id = ANY(${ids}))`;
  }
  const activeAdmins = () => db().user.count({ where: { roles: { has: "admin" }, deactivatedAt: null } });

  it("cannot be demoted or deactivated, by themselves or anyone", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const retired = await makeUser({ roles: ["admin"], deactivated: true }); // a deactivated admin does not count
    await onlyAdmins(admin, retired);
    const before = await snapshotDatabase();
    for (const roles of [[], ["analyst", "reviewer"]]) {
      const error = await expectAppError(setUserRoles(admin, { userId: admin.id, roles }), "CONFLICT");
      expect(error.message).toMatch(/last active admin/);
    }
    await expectAppError(deactivateUser(admin, { userId: admin.id }), "CONFLICT");
    await expectDatabaseUnchanged(before);
    // Keeping the admin role while adding others is fine.
    await setUserRoles(admin, { userId: admin.id, roles: ["admin", "reviewer"] });
    expect(await activeAdmins()).toBe(1);
  });

  it("two admins demoting or deactivating each other at the same moment leave one admin", async () => {
    const rounds = [
      (a: TestUser, b: TestUser) => [setUserRoles(a, { userId: b.id, roles: ["analyst"] }), setUserRoles(b, { userId: a.id, roles: ["analyst"] })],
      (a: TestUser, b: TestUser) => [deactivateUser(a, { userId: b.id }), deactivateUser(b, { userId: a.id })],
      (a: TestUser, b: TestUser) => [deactivateUser(a, { userId: b.id }), setUserRoles(b, { userId: a.id, roles: [] })],
    ];
    for (const [index, round] of [...rounds, ...rounds].entries()) {
      const [a, b] = [await makeUser({ roles: ["admin"] }), await makeUser({ roles: ["admin"] })];
      await onlyAdmins(a, b);
      const results = await Promise.allSettled(round(a, b));
      const outcomes = results.map((result) => (result.status === "fulfilled" ? "ok" : (result.reason as AppError).code));
      expect(outcomes.sort(), `round ${index + 1}`).toEqual(["CONFLICT", "ok"]);
      expect(await activeAdmins(), `round ${index + 1}`).toBe(1);
    }
  });
});

describe("sign-in throttling", () => {
  const { pairFreeFailures, accountFreeFailures, perIp } = SIGN_IN_LIMITS;

  /** `count` wrong passwords, one after another (each costs a scrypt hash); every one must be refused as wrong, not limited. */
  async function failedAttempts(email: string, count: number, from = ip) {
    for (let i = 0; i < count; i++) {
      expect((await rejectionOf(signIn(email, `wrong password ${i}`, from)))?.code).toBe("UNAUTHENTICATED");
    }
  }

  /** Lets the current wait of every throttle of an account run out, as time would. */
  async function waitIsOver(email: string) {
    await db().signInThrottle.updateMany({ where: { accountKey: email.toLowerCase() }, data: { blockedUntil: new Date(Date.now() - 1000) } });
  }

  it(`after ${pairFreeFailures} free failures, one address waits, even with the right password, without saying whether the account exists`, async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const unknownEmail = `ghost-${uniqueToken()}@example.org`;
    const messages: Record<string, string> = {};
    for (const email of [user.email, unknownEmail]) {
      await failedAttempts(email, pairFreeFailures + 1);
      const limited = await expectAppError(signIn(email, TEST_PASSWORD), "RATE_LIMITED");
      expect(limited.status).toBe(429);
      expect(limited.details.retryAfterSeconds).toBe(1);
      expect(limited.message).not.toContain(email);
      expect(limited.message).not.toMatch(/account|exist|unknown|not found|user/i);
      messages[email === unknownEmail ? "unknown" : "existing"] = limited.message;
    }
    expect(messages.unknown).toBe(messages.existing);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("the wait doubles with each further failure", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    await failedAttempts(user.email, pairFreeFailures);
    const waits: unknown[] = [];
    for (let round = 0; round < 4; round++) {
      await waitIsOver(user.email);
      await failedAttempts(user.email, 1);
      waits.push((await expectAppError(signIn(user.email, "another guess"), "RATE_LIMITED")).details.retryAfterSeconds);
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it("the right password from another address works while one address is throttled", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    await failedAttempts(user.email, pairFreeFailures + 1);
    await expectAppError(signIn(user.email, TEST_PASSWORD), "RATE_LIMITED");
    await expect(signIn(user.email, TEST_PASSWORD, "198.51.100.7")).resolves.toMatchObject({ user: { id: user.id } });
  });

  it("a successful sign-in forgets that address's failures", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    await failedAttempts(user.email, pairFreeFailures);
    await signIn(user.email, TEST_PASSWORD);
    await failedAttempts(user.email, pairFreeFailures + 1);
    await expectAppError(signIn(user.email, TEST_PASSWORD), "RATE_LIMITED");
  });

  it(`counts every attempt of a burst: of ten at once from one address, exactly ${pairFreeFailures + 1} are checked`, async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const errors = await Promise.all(Array.from({ length: 10 }, () => rejectionOf(signIn(user.email, "wrong password!"))));
    expect(errors.map((error) => error?.code).sort()).toEqual([
      ...Array<string>(10 - pairFreeFailures - 1).fill("RATE_LIMITED"),
      ...Array<string>(pairFreeFailures + 1).fill("UNAUTHENTICATED"),
    ]);
  });

  it(`past ${accountFreeFailures} failures across addresses, every address waits for that account`, async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    // One guess from each of many addresses: no pair throttle ever starts.
    await Promise.all(Array.from({ length: accountFreeFailures }, (_, i) => failedAttempts(user.email, 1, `192.0.2.${i + 1}`)));
    // The next attempt, from yet another address, is counted the way sign-in counts it (no
    // scrypt hash, so the one-second wait it starts cannot run out before the check below).
    await reserveSignInAttempt(user.email, "192.0.2.200");
    const limited = await expectAppError(signIn(user.email, TEST_PASSWORD, "198.51.100.99"), "RATE_LIMITED");
    expect(limited.details.retryAfterSeconds).toBe(1);
  });

  it("guesses refused while an address waits do not count toward the account-wide ceiling", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    await failedAttempts(user.email, pairFreeFailures + 1);
    // A long wait, as after many failures, so the hammering below all falls inside it.
    await db().signInThrottle.updateMany({ where: { accountKey: user.email.toLowerCase(), scope: "pair" }, data: { blockedUntil: new Date(Date.now() + 600_000) } });
    for (let i = 0; i < accountFreeFailures * 2; i++) await expectAppError(signIn(user.email, "hammering"), "RATE_LIMITED");
    await expect(signIn(user.email, TEST_PASSWORD, "198.51.100.8")).resolves.toMatchObject({ user: { id: user.id } });
  });

  it(`refuses attempt ${perIp.points + 1} from one IP, across different emails`, async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    // All but the last few attempts are counted the way sign-in counts them, without the
    // password check each would cost (a scrypt hash); the last few are real failed sign-ins.
    const real = 5;
    for (let i = 0; i < perIp.points - real; i++) await reserveSignInAttempt(`visitor-${uniqueToken()}@example.org`, ip);
    const attempts = Array.from({ length: real }, () => rejectionOf(signIn(`visitor-${uniqueToken()}@example.org`, "guessing a password")));
    expect((await Promise.all(attempts)).map((error) => error?.code)).toEqual(Array(real).fill("UNAUTHENTICATED"));

    // A real account with the right password, never tried before, from the same IP.
    await expectAppError(signIn(user.email, TEST_PASSWORD), "RATE_LIMITED");
    // From another address the same sign-in works: it was the IP that was limited.
    await expect(signIn(user.email, TEST_PASSWORD, "198.51.100.200")).resolves.toMatchObject({ user: { id: user.id } });
  });
});

describe("changeOwnPassword", () => {
  const NEW_PASSWORD = "a brand new passphrase";

  it("names currentPassword when it is wrong and confirmPassword when it does not match; changes nothing", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const before = await snapshotDatabase();
    const wrong = await expectAppError(
      changeOwnPassword(user, { currentPassword: "not my password", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
      "INVALID_INPUT",
    );
    expect(Object.keys(wrong.fieldErrors)).toEqual(["currentPassword"]);
    const mismatch = await expectAppError(
      changeOwnPassword(user, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` }),
      "INVALID_INPUT",
    );
    expect(Object.keys(mismatch.fieldErrors)).toEqual(["confirmPassword"]);
    await expectDatabaseUnchanged(before);
  });

  it("ends the user's other sessions, keeps the current one, and swaps which password works", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    const other = await makeUser({ password: TEST_PASSWORD });
    const current = await signIn(user.email, TEST_PASSWORD);
    const elsewhere = await signIn(user.email, TEST_PASSWORD);
    const bystander = await signIn(other.email, TEST_PASSWORD);

    const result = await changeOwnPassword(
      user,
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { keepSessionToken: current.token },
    );
    expect(result).toEqual({ otherSessionsEnded: 1 });
    const tokens = (await db().session.findMany({ where: { userId: { in: [user.id, other.id] } } })).map((session) => session.token);
    expect(tokens.sort()).toEqual([current.token, bystander.token].sort());
    expect(tokens).not.toContain(elsewhere.token);

    await expectAppError(signIn(user.email, TEST_PASSWORD, "198.51.100.201"), "UNAUTHENTICATED");
    await expect(signIn(user.email, NEW_PASSWORD, "198.51.100.201")).resolves.toMatchObject({ user: { id: user.id } });
  });
});

describe("admin view of sign-in throttles", () => {
  it("lists a throttled pair and clears it, so the right password works again at once", async () => {
    const { listSignInThrottles, clearSignInThrottle } = await import("@/lib/server/users/sign-in-throttles");
    const admin = await makeUser({ roles: ["admin"] });
    const user = await makeUser({ password: TEST_PASSWORD });
    for (let i = 0; i <= SIGN_IN_LIMITS.pairFreeFailures; i++) await rejectionOf(signIn(user.email, `wrong ${i}`));
    await expectAppError(signIn(user.email, TEST_PASSWORD), "RATE_LIMITED");

    const rows = (await listSignInThrottles(admin)).filter((row) => row.accountKey === user.email.toLowerCase());
    expect(rows).toContainEqual(expect.objectContaining({ scope: "pair", ip, failures: SIGN_IN_LIMITS.pairFreeFailures + 1, active: true }));
    expect(rows).toContainEqual(expect.objectContaining({ scope: "account", ip: "", active: false }));

    await clearSignInThrottle(admin, { scope: "pair", accountKey: user.email.toLowerCase(), ip });
    await expect(signIn(user.email, TEST_PASSWORD)).resolves.toMatchObject({ user: { id: user.id } });
    const audit = await db().auditEvent.findFirst({ where: { action: "sign-in-throttle.clear", actorId: admin.id } });
    expect(audit?.entityId).toBe(`pair:${user.email.toLowerCase()}@${ip}`);
  });

  it("clearing a throttle that does not exist is a 404 that changes nothing", async () => {
    const { clearSignInThrottle } = await import("@/lib/server/users/sign-in-throttles");
    const admin = await makeUser({ roles: ["admin"] });
    const before = await snapshotDatabase();
    await expectAppError(clearSignInThrottle(admin, { scope: "pair", accountKey: "nobody@example.org", ip: "203.0.113.1" }), "NOT_FOUND");
    const nul = await expectAppError(clearSignInThrottle(admin, { scope: "pair", accountKey: "a\u0000b" }), "INVALID_INPUT");
    expect(Object.keys(nul.fieldErrors)).toEqual(["accountKey"]);
    const scope = await expectAppError(clearSignInThrottle(admin, { scope: "everything", accountKey: "a@example.org" }), "INVALID_INPUT");
    expect(Object.keys(scope.fieldErrors)).toEqual(["scope"]);
    await expectDatabaseUnchanged(before);
  });
});
