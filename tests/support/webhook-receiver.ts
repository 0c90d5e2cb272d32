// A real HTTP webhook receiver for a test: verifies every request with the
// `standardwebhooks` verifier against the secrets it is given, and handles each webhook-id
// once (as receivers are told to), however often it arrives.
import { Webhook } from "standardwebhooks";
import { startFixtureServer } from "./http-fixtures";

export type ReceivedWebhook = { id: string; timestamp: string; signature: string; body: unknown; verifiedWith: string[] };

export async function startWebhookReceiver(options: { secrets: () => string[] }) {
  const server = await startFixtureServer();
  /** Every request, verified or not. */
  const requests: { headers: Record<string, string>; raw: string }[] = [];
  /** Verified messages, one per webhook-id. */
  const handled = new Map<string, ReceivedWebhook>();
  let status = 200;
  server.route("/hook", (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      requests.push({ headers, raw });
      const verifiedWith = options.secrets().filter((secret) => {
        try {
          new Webhook(secret).verify(raw, headers);
          return true;
        } catch {
          return false;
        }
      });
      if (verifiedWith.length === 0) return response.writeHead(401).end("bad signature");
      if (status >= 300) return response.writeHead(status, { "content-type": "text/plain" }).end(`failing on purpose ${"x".repeat(1000)}`);
      const id = headers["webhook-id"]!;
      if (!handled.has(id)) handled.set(id, { id, timestamp: headers["webhook-timestamp"]!, signature: headers["webhook-signature"]!, body: JSON.parse(raw), verifiedWith });
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  return {
    url: `${server.origin}/hook`,
    requests,
    handled,
    /** Answer every request with this status from now on (verification still runs first). */
    answerWith(code: number) {
      status = code;
    },
  };
}
