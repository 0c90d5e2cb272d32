// `npm run worker`: the job worker alone (captures, link health, scheduled jobs), for
// deployments that run workers apart from the web servers. `npm run dev` and `npm start`
// run one beside Next.js (scripts/serve.ts). Stops cleanly on Ctrl-C or SIGTERM, letting
// running jobs finish.
import { EnvError, parseServerEnv } from "../lib/env";
import { JOB_HANDLERS } from "../lib/jobs/handlers";
import { SCHEDULES } from "../lib/jobs/schedules";
import { startWorker } from "../lib/jobs/worker";

let env;
try {
  env = parseServerEnv({ ...process.env, NODE_ENV: process.env.NODE_ENV || "production" });
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
if (!env.DATABASE_URL) {
  console.error("The worker needs DATABASE_URL (the database the app uses). `npm run dev` and `npm start` start one for you.");
  process.exit(1);
}
if (env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW?.length) {
  console.warn(`▲ worker: test-only fetch allow-list in effect: ${env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW.join(", ")} may be fetched.`);
}

const worker = await startWorker({ connectionString: env.DATABASE_URL, handlers: JOB_HANDLERS, schedules: SCHEDULES }).catch((error: Error) => {
  console.error(`The worker could not start: ${error.message}`);
  process.exit(1);
});
console.log(`▲ Worker running: ${Object.keys(JOB_HANDLERS).join(", ")}.`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`The worker stopped with an error: ${error.message}`);
        process.exit(1);
      },
    );
  });
}
