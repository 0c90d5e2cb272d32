// The server's configuration, validated once with zod. A bad value stops start-up
// with a message naming the variable. Read configuration only through serverEnv().
import { z } from "zod";
import { FETCH_ENV, refuseTestFetchHostsInProduction } from "./env-fetch";

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

const ZPostgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(value), "must be a postgresql://user:password@host:port/database URL");

export const ZServerEnv = z
  .object({
    NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "production", "test"]).default("development")),
    /** Unset: the npm scripts start an embedded PostgreSQL and set it for the app. */
    DATABASE_URL: z.preprocess(emptyAsUnset, ZPostgresUrl.optional()),
    DATABASE_POOL_SIZE: z.preprocess(emptyAsUnset, z.coerce.number({ error: "must be a number from 1 to 200" }).int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200").default(10)),
    PORT: z.preprocess(emptyAsUnset, z.coerce.number({ error: "must be a port number from 1 to 65535" }).int("must be a whole number").min(1, "must be a port number from 1 to 65535").max(65535, "must be a port number from 1 to 65535").default(3000)),
    /** The origin readers reach the app at; used for absolute links, feeds and auth. */
    PUBLIC_BASE_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/ }).optional()),
    /** Secret that signs session cookies; generated into the data folder in embedded mode. */
    BETTER_AUTH_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, "must be at least 32 characters").optional()),
    EMBEDDED_POSTGRES_PORT: z.preprocess(emptyAsUnset, z.coerce.number({ error: "must be a port number from 1024 to 65535" }).int("must be a whole number").min(1024, "must be a port number from 1024 to 65535").max(65535, "must be a port number from 1024 to 65535").default(54329)),
    /** Proxies in front of the app whose X-Forwarded-For entries are believed; 0: the socket address is the client. */
    TRUSTED_PROXY_HOPS: z.preprocess(emptyAsUnset, z.coerce.number({ error: "must be a number from 0 to 10" }).int("must be a whole number").min(0, "must be a number from 0 to 10").max(10, "must be a number from 0 to 10").default(0)),
    /** Where embedded mode keeps its PostgreSQL data and generated secrets. */
    PROOFBOARD_DATA_DIR: z.preprocess(emptyAsUnset, z.string().default(".data")),
    /** Set by the start script on the embedded database: the sign-in page shows the demo accounts. */
    PROOFBOARD_DEMO_MODE: z.preprocess(emptyAsUnset, z.enum(["0", "1"], { error: "must be 0 or 1" }).default("0")).transform((v) => v === "1"),
    /** Outgoing mail server, e.g. smtps://user:password@smtp.example.org:465. Unset in embedded mode: the local mail catcher. */
    SMTP_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
    /** The sender of every mail, e.g. "Proofboard <no-reply@example.org>"; default no-reply at PUBLIC_BASE_URL's host. */
    MAIL_FROM: z.preprocess(emptyAsUnset, z.string().max(300, "must be at most 300 characters").optional()),
    /** The SMTP port of the local mail catcher started in embedded mode. */
    MAIL_CATCHER_PORT: z.preprocess(emptyAsUnset, z.coerce.number({ error: "must be a port number from 1024 to 65535" }).int("must be a whole number").min(1024, "must be a port number from 1024 to 65535").max(65535, "must be a port number from 1024 to 65535").default(2525)),
    /** Set by the start script when the local mail catcher keeps mail here: the dev mail page lists it. */
    MAIL_CATCHER_DIR: z.preprocess(emptyAsUnset, z.string().optional()),
    ...FETCH_ENV,
  })
  .superRefine(refuseTestFetchHostsInProduction)
  .transform((env) => ({
    ...env,
    PUBLIC_BASE_URL: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    MAIL_FROM: env.MAIL_FROM ?? `Proofboard <no-reply@${new URL(env.PUBLIC_BASE_URL ?? "http://localhost").hostname}>`,
  }));

export type ServerEnv = z.infer<typeof ZServerEnv>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const result = ZServerEnv.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv();
  return cached;
}
