// Sessions end 30 days after sign-in however active they are, a user can end all of
// their sessions at once, and every mutation's audit event names its request's origin.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { SESSION_ABSOLUTE_DAYS, sessionOutlivedItsLifetime } from "@/lib/auth/session-lifetime";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signOutEverywhere } from "@/lib/server/users/sign-out-everywhere";
import { makeUser, TEST_PASSWORD } from "../support/builders";
import { expectAppError } from "../support/snapshot";

const DAY = 24 * 60 * 60 * 1000;

describe("absolute session lifetime", () => {
  it(`a session older than ${SESSION_ABSOLUTE_DAYS} days is over, whatever its renewed expiry says`, () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(sessionOutlivedItsLifetime(new Date(now.getTime() - 40 * DAY), now)).toBe(true);
    expect(sessionOutlivedItsLifetime(new Date(now.getTime() - 29 * DAY), now)).toBe(false);
  });
});

describe("signOutEverywhere", () => {
  async function sessions(userId: string) {
    return getDb().session.count({ where: { userId } });
  }

  it("ends every session of the acting user, and is audited", async () => {
    const user = await makeUser({ password: TEST_PASSWORD });
    for (const ip of ["203.0.113.1", "203.0.113.2"]) await signInWithPassword({ email: user.email, password: TEST_PASSWORD }, { ip, headers: new Headers() });
    expect(await sessions(user.id)).toBe(2);
    await expect(signOutEverywhere(user, {})).resolves.toEqual({ userId: user.id, sessionsEnded: 2 });
    expect(await sessions(user.id)).toBe(0);
    const event = await getDb().auditEvent.findFirst({ where: { action: "user.sign-out-everywhere", entityId: user.id } });
    expect(event?.actorId).toBe(user.id);
  });

  it("admins may end anyone's sessions; others only their own", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    const analyst = await makeUser({ roles: ["analyst"], password: TEST_PASSWORD });
    const other = await makeUser({ roles: ["analyst"], password: TEST_PASSWORD });
    await signInWithPassword({ email: other.email, password: TEST_PASSWORD }, { ip: "203.0.113.3", headers: new Headers() });
    await expectAppError(signOutEverywhere(analyst, { userId: other.id }), "FORBIDDEN");
    expect(await sessions(other.id)).toBe(1);
    await signOutEverywhere(admin, { userId: other.id });
    expect(await sessions(other.id)).toBe(0);
  });
});
