import { describe, expect, it } from "vitest";
import { EnvError, parseServerEnv, ZServerEnv } from "@/lib/env";

function issuesOf(source: Record<string, string | undefined>): string[] {
  try {
    parseServerEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  throw new Error("expected the environment to be rejected");
}

describe("parseServerEnv", () => {
  it("has working defaults for an empty environment (embedded database, port 3000)", () => {
    const env = parseServerEnv({});
    expect(env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_POOL_SIZE: 10,
      PORT: 3000,
      PUBLIC_BASE_URL: "http://localhost:3000",
      EMBEDDED_POSTGRES_PORT: 54329,
      PROOFBOARD_DATA_DIR: ".data",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.BETTER_AUTH_SECRET).toBeUndefined();
  });

  it("derives the public base URL from PORT and strips trailing slashes from an explicit one", () => {
    expect(parseServerEnv({ PORT: "8080" }).PUBLIC_BASE_URL).toBe("http://localhost:8080");
    expect(parseServerEnv({ PUBLIC_BASE_URL: "https://proofboard.example/" }).PUBLIC_BASE_URL).toBe("https://proofboard.example");
  });

  it("accepts a PostgreSQL DATABASE_URL", () => {
    const url = "postgresql://app:secret@db.internal:5432/proofboard?sslmode=require";
    expect(parseServerEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(parseServerEnv({ DATABASE_URL: "postgres://localhost/proofboard" }).DATABASE_URL).toBe("postgres://localhost/proofboard");
  });

  it("treats an empty string as unset, for every variable", () => {
    const names = Object.keys(ZServerEnv.in.shape);
    expect(names).toContain("DATABASE_URL");
    expect(parseServerEnv(Object.fromEntries(names.map((name) => [name, ""])))).toEqual(parseServerEnv({}));
  });

  it.each(["abc", "0", "65536", "3000.5", "-1"])("rejects PORT=%j, naming PORT", (port) => {
    const issues = issuesOf({ PORT: port });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^PORT: /);
  });

  it.each(["mysql://user:hunter22@localhost/app", "localhost:5432/proofboard", "postgresql://localhost:5432", "postgresql://localhost/"])(
    "rejects DATABASE_URL=%j, naming DATABASE_URL without echoing the value",
    (url) => {
      const issues = issuesOf({ DATABASE_URL: url });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatch(/^DATABASE_URL: /);
      expect(issues[0]).not.toContain("hunter22");
    },
  );

  it("rejects a BETTER_AUTH_SECRET shorter than 32 characters, naming it", () => {
    expect(issuesOf({ BETTER_AUTH_SECRET: "too-short" })).toEqual(["BETTER_AUTH_SECRET: must be at least 32 characters"]);
    expect(parseServerEnv({ BETTER_AUTH_SECRET: "x".repeat(32) }).BETTER_AUTH_SECRET).toBe("x".repeat(32));
  });

  it("reports every bad variable at once in one error that names them", () => {
    const source = { PORT: "http", DATABASE_URL: "sqlite://file.db", NODE_ENV: "staging" };
    expect(() => parseServerEnv(source)).toThrow(EnvError);
    expect(issuesOf(source).map((issue) => issue.split(":")[0]).sort()).toEqual(["DATABASE_URL", "NODE_ENV", "PORT"]);
    expect(() => parseServerEnv(source)).toThrow(/Invalid environment:\n {2}- /);
  });
});

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
