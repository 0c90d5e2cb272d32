// `npm run dev` / `npm start`: prepares the database (embedded PostgreSQL when
// DATABASE_URL is unset, migrations, demo data on the first embedded start), then runs
// Next.js and stops everything cleanly on Ctrl-C or SIGTERM.
import { spawn } from "node:child_process";
import { EnvError, parseServerEnv } from "../lib/env";
import { resolveAuthSecret } from "./lib/auth-secret";
import { openAppDatabase } from "./lib/database";
import { superviseCluster } from "./lib/cluster-supervisor";
import { seedDemoDataIfEmpty } from "./lib/seed-runner";
import { startWorkerProcess } from "./lib/worker-process";
import { startLocalMailCatcher } from "./lib/mail-catcher";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("Usage: tsx scripts/serve.ts dev|start");
  process.exit(2);
}

let env;
try {
  env = parseServerEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV || (mode === "dev" ? "development" : "production") });
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

let secret: string;
try {
  secret = resolveAuthSecret(env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const startedAt = Date.now();
const database = await openAppDatabase(env).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
const where = database.cluster
  ? `embedded PostgreSQL (data in ${database.cluster.dataDir}, binaries in ${database.cluster.modulesDir})`
  : "DATABASE_URL";
console.log(`▲ Proofboard database: ${where}; ${database.appliedMigrations.length} migration(s) applied.`);

if (database.cluster) {
  // Demo data only in embedded mode; with DATABASE_URL, `npm run db:seed` is explicit.
  const seeded = await seedDemoDataIfEmpty(database.url).catch(async (error: Error) => {
    console.error(`Seeding demo data failed: ${error.stack ?? error.message}`);
    await database.cluster?.stop();
    process.exit(1);
  });
  if (seeded) console.log("▲ Demo data seeded (first start).");
}
// Embedded mode without SMTP_URL: mail goes to a local catcher, listed at /dev/mail.
const mail = await startLocalMailCatcher(env, Boolean(database.cluster)).catch(async (error: Error) => {
  console.error(error.message);
  await database.cluster?.stop();
  process.exit(1);
});
console.log(`▲ Ready to start Next.js in ${Date.now() - startedAt} ms.`);

let supervisorGaveUp = false;
// Embedded supervisor: if PostgreSQL dies, say why and start it again (the app answers
// 503 meanwhile); if it cannot be started, exit so a process manager restarts everything.
const supervisor = database.cluster
  ? superviseCluster(database.cluster, {
      log: (line) => console.error(line),
      giveUp: () => {
        supervisorGaveUp = true;
        if (child.exitCode === null) child.kill("SIGTERM");
        else void shutdown(1);
      },
    })
  : null;

// Next.js runs behind our own HTTP server (scripts/http-server.ts), which stamps the
// client address and refuses malformed requests before they reach the app.
const child = spawn("node_modules/.bin/tsx", ["scripts/http-server.ts", mode], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    BETTER_AUTH_SECRET: secret,
    BETTER_AUTH_URL: env.PUBLIC_BASE_URL,
    PUBLIC_BASE_URL: env.PUBLIC_BASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(mode === "start" ? { NODE_ENV: "production" } : {}),
    PORT: String(env.PORT),
    TRUSTED_PROXY_HOPS: String(env.TRUSTED_PROXY_HOPS),
    PROOFBOARD_DEMO_MODE: database.cluster ? "1" : "0",
    ...mail.env,
  },
});

// The job worker (captures, link health, cron schedules) runs beside Next.js and stops with it.
const worker = startWorkerProcess({
  ...process.env,
  NODE_ENV: process.env.NODE_ENV || (mode === "dev" ? "development" : "production"),
  DATABASE_URL: database.url,
  PUBLIC_BASE_URL: env.PUBLIC_BASE_URL,
  ...mail.env,
});

let stopping = false;
// Order matters: the web server and the worker stop first (the worker lets running jobs
// finish, which needs the database), PostgreSQL last.
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await worker.stop();
    await mail.stop();
    supervisor?.stop();
    await database.cluster?.stop().catch(() => undefined);
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A Ctrl-C reaches PostgreSQL too, and it stops at once: that exit is no crash to restart.
    supervisor?.stop();
    worker.signal();
    if (child.exitCode === null) child.kill("SIGTERM");
    else void shutdown(0);
  });
}
child.on("exit", (code, signal) => void shutdown(supervisorGaveUp ? 1 : (code ?? (signal ? 0 : 1))));
