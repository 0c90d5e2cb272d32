// The local mail catcher: an SMTP server on 127.0.0.1 that accepts every message and keeps
// it as an .eml file in a folder (in embedded mode, <data folder>/mail). `npm run dev` and
// `npm start` start it when SMTP_URL is unset, so a newcomer sees every mail the app sends
// at /dev/mail without configuring anything; tests start it as their SMTP receiver.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { port: number; dir: string; url: string; stop(): Promise<void> };

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export async function startMailCatcher(options: { dir: string; port: number; onMessage?: (file: string) => void }): Promise<MailCatcher> {
  mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    // Local only: no TLS, any (or no) login is accepted.
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: "catcher" }),
    size: MAX_MESSAGE_BYTES,
    banner: "Proofboard mail catcher",
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        try {
          // Sortable names (time first); written whole, then renamed, so a reader never sees half a message.
          const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}.eml`;
          const file = path.join(options.dir, name);
          writeFileSync(`${file}.part`, Buffer.concat(chunks));
          renameSync(`${file}.part`, file);
          options.onMessage?.(file);
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  server.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.server.once("error", fail);
    server.listen(options.port, "127.0.0.1", () => {
      server.server.off("error", fail);
      resolve();
    });
  });
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    dir: options.dir,
    url: `smtp://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
