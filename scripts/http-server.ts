// The HTTP server in front of Next.js (`npm run dev` / `npm start` run it through
// scripts/serve.ts). Next.js cannot tell a client's address from a forged
// X-Forwarded-For, so this server, which holds the socket, stamps the client address
// the app may trust (lib/http/client-ip.ts) on every request before Next.js sees it.
import { createServer } from "node:http";
import next from "next";
import { CLIENT_IP_HEADER, clientIpFrom } from "../lib/http/client-ip";

const mode = process.argv[2];
const port = Number(process.env.PORT);
const trustedHops = Number(process.env.TRUSTED_PROXY_HOPS || 0);

const app = next({ dev: mode === "dev", port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[CLIENT_IP_HEADER] = clientIpFrom(request.headers["x-forwarded-for"], request.socket.remoteAddress, trustedHops);
  void handle(request, response);
});
server.listen(port, () => {
  console.log(`▲ Next.js ${mode === "dev" ? "development" : "production"} server on http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
