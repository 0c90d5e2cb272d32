// Forecast fixtures and the forecast commands' rows for the shared command tables (valid
// calls, authorization matrix, who runs each in the rule 1 test). Questions are opened
// and forecasts entered through the commands, as the app would.
import type { Actor } from "@/lib/auth/actor";
import type { FORECAST_COMMANDS } from "@/lib/server/forecasts/commands";
import { openForecastQuestion } from "@/lib/server/forecasts/open-forecast-question";
import { makeUser } from "./builders";
import type { ActorKind } from "./command-scenarios";
import { makeChecklist } from "./tracker-builders";

export type ForecastCommandName = keyof typeof FORECAST_COMMANDS;
type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;
type Expected = "allowed" | "denied";

/** A day `days` from today (UTC), as "YYYY-MM-DD". */
export function dayFromToday(days: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** A published tracker with one proof point (criteria v1) and an open question on it. */
export async function makeForecastQuestion(options: { closesOn?: string; resolvesBy?: string; now?: Date; opener?: Actor } = {}) {
  const checklist = await makeChecklist({ proofPoints: 1 });
  const proofPoint = checklist.proofPoints[0]!;
  const opener = options.opener ?? (await makeUser({ roles: ["reviewer"] }));
  const opened = await openForecastQuestion(
    opener,
    { proofPointId: proofPoint.id, closesOn: options.closesOn ?? dayFromToday(30), resolvesBy: options.resolvesBy ?? dayFromToday(60) },
    options.now ? { now: options.now } : {},
  );
  return { ...checklist, proofPoint, question: opened.question, title: opened.title, opener };
}

export const FORECAST_VALID_CALLS: Record<ForecastCommandName, Prepare> = {
  async openForecastQuestion() {
    const { proofPoints } = await makeChecklist({ proofPoints: 1 });
    return { proofPointId: proofPoints[0]!.id, closesOn: dayFromToday(10), resolvesBy: dayFromToday(20) };
  },
  async submitForecast() {
    const { question } = await makeForecastQuestion();
    return { questionId: question.id, probability: "35", rationale: "The reporting points to lab tests only." };
  },
  async setForecastProfile() {
    return { public: "on" };
  },
};

//                                    anonymous analyst reviewer admin deactivated (holds every role)
export const FORECAST_MATRIX_ROWS: Record<ForecastCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  openForecastQuestion: ["denied", "denied", "allowed", "allowed", "denied"],
  submitForecast:       ["denied", "allowed", "allowed", "denied", "denied"],
  setForecastProfile:   ["denied", "allowed", "allowed", "denied", "denied"],
};

export const FORECAST_RUN_AS: Record<ForecastCommandName, ActorKind> = {
  openForecastQuestion: "reviewer",
  submitForecast: "analyst",
  setForecastProfile: "analyst",
};
