// The embedded PostgreSQL's supervisor in `npm run dev` / `npm start`: when the server dies,
// it logs why (exit code or signal and the last lines PostgreSQL wrote) and starts it
// again; the app answers 503 meanwhile (lib/http/database-outage.ts). When PostgreSQL dies
// too often, or cannot be started, it gives up so that a process manager restarts the app.
import type { EmbeddedCluster } from "../../lib/db/embedded-cluster";

export type ClusterSupervisor = {
  /** From now on an exit is expected (the app is stopping): no restart, no log line. */
  stop(): void;
};

export function superviseCluster(
  cluster: Pick<EmbeddedCluster, "onUnexpectedExit" | "restart">,
  options: { log: (line: string) => void; giveUp: () => void; maxRestartsPerMinute?: number; now?: () => number },
): ClusterSupervisor {
  const maxRestarts = options.maxRestartsPerMinute ?? 5;
  const now = options.now ?? Date.now;
  let restarts: number[] = [];
  let stopped = false;
  cluster.onUnexpectedExit((reason) => {
    // On Ctrl-C the terminal signals PostgreSQL itself, before the app has stopped it.
    if (stopped) return;
    restarts = [...restarts.filter((at) => now() - at < 60_000), now()];
    if (restarts.length > maxRestarts) {
      options.log(`▲ ${reason}. It died more than ${maxRestarts} time(s) in a minute; stopping so a process manager can restart the app.`);
      options.giveUp();
      return;
    }
    options.log(`▲ ${reason}. Restarting it.`);
    cluster.restart().then(
      () => options.log("▲ PostgreSQL restarted."),
      (error: Error) => {
        options.log(`▲ PostgreSQL could not be restarted (${error.message.split("\n")[0]}); stopping.`);
        options.giveUp();
      },
    );
  });
  return {
    stop: () => {
      stopped = true;
    },
  };
}
