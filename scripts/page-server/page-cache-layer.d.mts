import type { IncomingMessage, ServerResponse } from "node:http";

export function createPageCacheLayer(options: {
  port: number;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
  integrityOf?: (src: string) => string | undefined;
}): (req: IncomingMessage, res: ServerResponse) => boolean;
