// Where the server under test and its embedded PostgreSQL listen: one place for
// playwright.config.ts and the data fixtures.
import os from "node:os";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT || 3210);
export const E2E_POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT || 54330);
/** The local mail catcher of the server under test: away from a developer's own (2525) and from other checkouts' runs. */
export const E2E_MAIL_CATCHER_PORT = Number(process.env.E2E_MAIL_CATCHER_PORT || E2E_PORT + 20000);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** Outside the project, so nothing needs ignoring; keyed by port so parallel checkouts differ. */
export const E2E_DATA_DIR = path.join(os.tmpdir(), `proofboard-e2e-${E2E_PORT}`);
/** The embedded server's database (lib/db/embedded-cluster.ts, scripts/lib/database.ts). */
export const E2E_DATABASE_URL = `postgresql://postgres:proofboard-local@localhost:${E2E_POSTGRES_PORT}/proofboard`;
