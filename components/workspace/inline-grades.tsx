"use client";

import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { formStyles } from "@/components/forms";
import { InlineGradeForm } from "./inline-grade-form";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sources: readonly { id: string; name: string; domain: string }[];
};

/**
 * The grade forms of the new sources on a claim page. A graded source leaves the list when
 * the page refreshes, taking its form along; the confirmation lives here, so it stays.
 */
export function InlineGrades({ action, sources }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      {saved ? (
        <div role="status" className={`${formStyles.banner} ${formStyles.bannerSuccess}`}>
          {saved}
        </div>
      ) : null}
      {sources.map((source) => (
        <InlineGradeForm key={source.id} action={action} source={source} onSaved={setSaved} />
      ))}
    </>
  );
}
