import "server-only";
import { getDb } from "@/lib/db/client";
import { endOfDayUtc, isDueToResolveNo, startOfDayUtc } from "@/lib/domain/forecasts/questions";
import { inTransaction } from "@/lib/server/transaction";
import { QUESTION_FOR_HISTORY, recordResolution } from "./record-resolution";

export type DueResolution = { questionId: string; trackerId: string };

/**
 * Resolves no every open question whose resolve-by day ended before `now` with the box
 * unticked (a tick would have resolved it yes at the approval). Dated at the end of the
 * resolve-by day, not when this ran, so a late run changes nothing in the record.
 * Idempotent and safe to run concurrently: a question is settled once.
 * Meant for a scheduled job; until there is one, due-resolution-sweep.ts runs it.
 */
export async function resolveDueForecastQuestions(now: Date = new Date()): Promise<DueResolution[]> {
  // A resolve-by day before today has ended.
  const due = await getDb().forecastQuestion.findMany({
    where: { resolution: null, resolvesBy: { lt: startOfDayUtc(now) } },
    select: { id: true },
  });
  const resolved: DueResolution[] = [];
  for (const { id } of due) {
    await inTransaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM forecast_questions WHERE id = ${id} FOR UPDATE`;
      const question = await tx.forecastQuestion.findUniqueOrThrow({ where: { id }, select: { ...QUESTION_FOR_HISTORY, resolution: true } });
      if (!isDueToResolveNo(question, now)) return;
      const at = endOfDayUtc(question.resolvesBy);
      if (await recordResolution(tx, question, { kind: "no" }, at)) resolved.push({ questionId: id, trackerId: question.proofPoint.trackerId });
    });
  }
  return resolved;
}
