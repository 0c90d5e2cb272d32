// The PostgreSQL NOTIFY channel the app instances listen on for public cache invalidations
// (lib/server/public/cache-sync.ts), for scripts that speak to running instances directly.
export const CACHE_SYNC_CHANNEL_NAME = "proofboard_public_cache";
