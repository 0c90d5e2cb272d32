// Embedded mode with no SMTP_URL: start the local mail catcher (lib/mail/catcher.ts) with
// the app, keeping mail in <data folder>/mail, and point the app and worker at it.
import path from "node:path";
import type { ServerEnv } from "../../lib/env";
import { startMailCatcher } from "../../lib/mail/catcher";

export type LocalMail = { env: Record<string, string>; stop(): Promise<void> };

export async function startLocalMailCatcher(env: ServerEnv, embedded: boolean): Promise<LocalMail> {
  if (env.SMTP_URL || !embedded) {
    if (!env.SMTP_URL) console.log("▲ Mail: SMTP_URL is unset, so no mail is sent (set SMTP_URL and MAIL_FROM).");
    return { env: {}, stop: async () => undefined };
  }
  const dir = path.resolve(env.PROOFBOARD_DATA_DIR, "mail");
  const catcher = await startMailCatcher({ dir, port: env.MAIL_CATCHER_PORT }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      error.code === "EADDRINUSE"
        ? `MAIL_CATCHER_PORT: port ${env.MAIL_CATCHER_PORT} is in use; set MAIL_CATCHER_PORT to a free port (or SMTP_URL to a real mail server).`
        : `The local mail catcher did not start: ${error.message}`,
    );
  });
  console.log(`▲ Mail: caught locally on port ${catcher.port} and kept in ${dir}; read it at ${env.PUBLIC_BASE_URL}/dev/mail.`);
  return { env: { SMTP_URL: catcher.url, MAIL_CATCHER_DIR: dir }, stop: () => catcher.stop() };
}
