// The job worker as a child process of `npm run dev` / `npm start` (scripts/worker.ts).
import { spawn } from "node:child_process";

export type WorkerProcess = { signal(): void; stop(): Promise<void> };

export function startWorkerProcess(env: NodeJS.ProcessEnv): WorkerProcess {
  // Node itself (tsx as a loader, not its CLI wrapper), so signals reach the worker directly.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], { stdio: "inherit", env });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.on("exit", (code, signal) => {
    if (code && !signal) console.error(`▲ The job worker exited with code ${code}; captures and link checks wait until it runs again (npm run worker).`);
  });
  const signal = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  return {
    signal,
    async stop() {
      signal();
      // Running jobs get a moment to finish; the database stops only after.
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 25_000).unref());
      await Promise.race([exited, timeout]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
