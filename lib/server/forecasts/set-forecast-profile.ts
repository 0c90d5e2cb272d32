import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZSetForecastProfileInput } from "@/lib/validation/forecast";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";

/**
 * A forecaster's own choice: with a public profile, their name, forecasts, scores and
 * calibration chart are public; without, they are counted but never named.
 */
export async function setForecastProfile(actor: Actor | null, input: unknown) {
  requirePermission(actor, "forecast:submit");
  const data = parseInput(ZSetForecastProfileInput, input);
  return inTransaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor!.id }, select: { forecastProfilePublic: true } });
    const user = await tx.user.update({ where: { id: actor!.id }, data: { forecastProfilePublic: data.public }, select: { id: true, forecastProfilePublic: true } });
    await recordAuditEvent(tx, { actor, action: "user.forecast-profile", entityType: "User", entityId: actor!.id, before, after: user });
    return user;
  });
}
