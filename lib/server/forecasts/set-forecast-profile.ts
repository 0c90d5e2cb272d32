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
  const forecaster = requirePermission(actor, "forecast:submit");
  const data = parseInput(ZSetForecastProfileInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: forecaster.id }, select: { forecastProfilePublic: true } });
    const user = await tx.user.update({ where: { id: forecaster.id }, data: { forecastProfilePublic: data.public }, select: { id: true, forecastProfilePublic: true } });
    await recordAuditEvent(tx, { actor: forecaster, action: "user.forecast-profile", entityType: "User", entityId: forecaster.id, before, after: user });
    // The forecaster's name shows (or stops showing) in the scores of every tracker they forecast on.
    const trackers = await tx.proofPoint.findMany({
      where: { forecastQuestions: { some: { forecasts: { some: { userId: forecaster.id } } } } },
      select: { trackerId: true },
      distinct: ["trackerId"],
    });
    for (const { trackerId } of trackers) touch.tracker(trackerId);
    return user;
  });
}
