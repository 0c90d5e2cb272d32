// Types for public-pages.mjs (plain JavaScript: it runs outside the Next.js bundle).
import type { IncomingMessage } from "node:http";

export const S_MAXAGE: number;
export const STALE_WHILE_REVALIDATE: number;
export const MISS_TTL_MS: number;
export const PAGE_TTL_MS: number;
export const PUBLIC_CACHE_CONTROL: string;
export const MISS_CACHE_CONTROL: string;
export function isCacheableRequest(req: Pick<IncomingMessage, "method" | "headers">, pathname: string): boolean;
export function hasSessionCookie(req: Pick<IncomingMessage, "headers">): boolean;
