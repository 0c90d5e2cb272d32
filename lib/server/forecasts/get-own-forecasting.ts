import "server-only";
import { getDb } from "@/lib/db/client";

/** A signed-in forecaster's own latest forecast on a question (percent) and profile choice; never cached. */
export async function getOwnForecasting(userId: string, questionId?: string) {
  const [user, latest] = await Promise.all([
    getDb().user.findUnique({ where: { id: userId }, select: { forecastProfilePublic: true } }),
    questionId
      ? getDb().forecast.findFirst({ where: { userId, questionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { probability: true } })
      : null,
  ]);
  return { profilePublic: user?.forecastProfilePublic ?? false, latestPercent: latest?.probability ?? null };
}
