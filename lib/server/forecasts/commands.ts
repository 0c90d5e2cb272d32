import "server-only";
// The forecast commands; spread into lib/server/commands.ts so the authorization matrix
// enumerates them. Resolution and annulment are not commands: they follow approvals,
// criteria changes and the calendar.
import { openForecastQuestion } from "./open-forecast-question";
import { setForecastProfile } from "./set-forecast-profile";
import { submitForecast } from "./submit-forecast";

export const FORECAST_COMMANDS = { openForecastQuestion, submitForecast, setForecastProfile } as const;
