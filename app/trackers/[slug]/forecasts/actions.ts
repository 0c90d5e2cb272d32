"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { openForecastQuestion } from "@/lib/server/forecasts/open-forecast-question";
import { setForecastProfile } from "@/lib/server/forecasts/set-forecast-profile";
import { submitForecast } from "@/lib/server/forecasts/submit-forecast";

const questionPath = (slug: string, id: string) => `/trackers/${encodeURIComponent(slug)}/forecasts/${encodeURIComponent(id)}`;

export const openQuestionAction = formAction(async ({ actor, input }) => {
  const { question, trackerSlug } = await openForecastQuestion(actor, input);
  redirect(questionPath(trackerSlug, question.id));
});

export const submitForecastAction = formAction(async ({ actor, input }) => {
  const { questionId, trackerSlug } = await submitForecast(actor, input);
  redirect(`${questionPath(trackerSlug, questionId)}?saved=forecast`);
});

export const forecastProfileAction = formAction(async ({ actor, input }) => {
  const user = await setForecastProfile(actor, input);
  return { status: "success", message: user.forecastProfilePublic ? "Your forecasting profile is public." : "Your forecasting profile is private." };
});
