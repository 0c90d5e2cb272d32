import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv } from "@/lib/env";

function issuesOf(source: Record<string, string | undefined>): string[] {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  throw new Error("expected the environment to be rejected");
}

describe("the test-only fetch allow-list", () => {
  it("is accepted outside production", () => {
    expect(parseServerEnv({ NODE_ENV: "development", PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "127.0.0.1, ::1" }).PROOFBOARD_TEST_ONLY_FETCH_ALLOW).toEqual(["127.0.0.1", "::1"]);
    expect(parseServerEnv({ NODE_ENV: "test", PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "127.0.0.0/8" }).PROOFBOARD_TEST_ONLY_FETCH_ALLOW).toEqual(["127.0.0.0/8"]);
  });

  it("is refused at start in production, naming the variable", () => {
    const issues = issuesOf({ NODE_ENV: "production", PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "127.0.0.1" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^PROOFBOARD_TEST_ONLY_FETCH_ALLOW: is refused in production/);
  });

  it("is accepted in a production build only with the explicit test-only acknowledgement", () => {
    const env = parseServerEnv({ NODE_ENV: "production", PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "127.0.0.1", PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD: "1" });
    expect(env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW).toEqual(["127.0.0.1"]);
  });

  it("refuses entries that are not addresses or ranges", () => {
    expect(issuesOf({ PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "localhost" })[0]).toMatch(/^PROOFBOARD_TEST_ONLY_FETCH_ALLOW: must be a comma-separated list of IP addresses/);
  });

  it("wants both Internet Archive keys or neither", () => {
    expect(issuesOf({ PROOFBOARD_ARCHIVE_ACCESS_KEY: "abc" })[0]).toMatch(/^PROOFBOARD_ARCHIVE_SECRET_KEY: must be set together/);
    expect(issuesOf({ PROOFBOARD_ARCHIVE: "sometimes" })[0]).toMatch(/^PROOFBOARD_ARCHIVE: must be lookup or off/);
  });
});

describe("test host names in the allow-list", () => {
  it("accepts name=address pairs and refuses a pair without a dotted name or a valid address", () => {
    expect(parseServerEnv({ PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "news.fixture.test=127.0.0.1" }).PROOFBOARD_TEST_ONLY_FETCH_ALLOW).toEqual(["news.fixture.test=127.0.0.1"]);
    expect(issuesOf({ PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "fixture=127.0.0.1" })).toHaveLength(1);
    expect(issuesOf({ PROOFBOARD_TEST_ONLY_FETCH_ALLOW: "news.fixture.test=not-an-ip" })).toHaveLength(1);
  });
});
