// Real local HTTP servers for tests of everything outbound (capture, link health,
// metadata, the safe fetcher). Each route answers with a function of the request.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export type FixtureServer = {
  origin: string;
  port: number;
  /** Paths requested so far, in order. */
  hits: string[];
  userAgents: string[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
};

const open: FixtureServer[] = [];
afterAll(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

export async function startFixtureServer(options: { host?: string; port?: number } = {}): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits: string[] = [];
  const userAgents: string[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    hits.push(path);
    userAgents.push(String(request.headers["user-agent"] ?? ""));
    const handler = routes.get(path.split("?")[0]!);
    if (handler) return handler(request, response);
    response.writeHead(404, { "content-type": "text/html" }).end("<title>Not found</title>");
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const fixture: FixtureServer = {
    origin: `http://${host}:${port}`,
    port,
    hits,
    userAgents,
    route: (path, handler) => void routes.set(path, handler),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => server.closeAllConnections?.()),
  };
  open.push(fixture);
  return fixture;
}

export const html = (body: string, status = 200): Route => (_request, response) => {
  response.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
};

export const redirect = (location: string, status = 302): Route => (_request, response) => {
  response.writeHead(status, { location }).end();
};
