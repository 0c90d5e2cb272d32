"use client";

import { useCallback, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { formStyles } from "@/components/forms";
import { InlineGradeForm } from "./inline-grade-form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The grade forms of the new sources on a claim page. A graded source leaves the list in
 * the same render that answers its form, so the form cannot show its own confirmation:
 * the list keeps it, from the action's answer.
 */
export function InlineGrades({ action, sources }: { action: Action; sources: readonly { id: string; name: string; domain: string }[] }) {
  const [saved, setSaved] = useState<string | null>(null);
  const grade = useCallback<Action>(
    async (state, formData) => {
      const answer = await action(state, formData);
      setSaved(answer.status === "success" ? (answer.message ?? null) : null);
      return answer;
    },
    [action],
  );
  return (
    <>
      {saved ? (
        <div role="status" className={`${formStyles.banner} ${formStyles.bannerSuccess}`}>
          {saved}
        </div>
      ) : null}
      {sources.map((source) => (
        <InlineGradeForm key={source.id} action={grade} source={source} />
      ))}
    </>
  );
}
