// The worker survives its database going away first, as on Ctrl-C, when the terminal's
// SIGINT reaches PostgreSQL and the worker at the same moment: the lost connections are
// logged, nothing throws unhandled, and stopping the worker afterwards still finishes.
import { afterAll, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { startWorker } from "@/lib/jobs/worker";
import { testJob } from "../support/job-worker";
import { removeThrowawayClusters, startThrowawayCluster } from "../support/throwaway-cluster";

afterAll(() => removeThrowawayClusters(async () => false));

it("stops cleanly after PostgreSQL has stopped under it", { timeout: 120_000 }, async () => {
  const { cluster, url } = await startThrowawayCluster("worker-shutdown");
  await applyMigrations(url);

  const lines: string[] = [];
  const worker = await startWorker({
    connectionString: url,
    handlers: { "test.shutdown": async () => undefined },
    definitions: { "test.shutdown": testJob() },
    pollingIntervalSeconds: 0.5,
    outboxPollIntervalMs: 250,
    log: (line) => lines.push(line),
  });

  await cluster.stop();
  // Long enough for every pool, listener and poll to notice the lost server.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await expect(worker.stop()).resolves.toBeUndefined();
  expect(lines.join("\n")).toMatch(/outbox relay|queue error/);
});
