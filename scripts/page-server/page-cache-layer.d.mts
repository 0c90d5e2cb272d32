import type { IncomingMessage, ServerResponse } from "node:http";

export function createPageCacheLayer(options: {
  port: number;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
}): (req: IncomingMessage, res: ServerResponse) => boolean;
