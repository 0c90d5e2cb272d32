"use client";

import { useActionState } from "react";
import { ErrorSummary, SubmitButton } from "@/components/forms";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import styles from "./trackers-admin.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function swap(order: string[], index: number, offset: -1 | 1): string[] {
  const next = [...order];
  [next[index], next[index + offset]] = [next[index + offset]!, next[index]!];
  return next;
}

/** Move up / move down for an active proof point: each button posts the whole new order. */
export function MoveButtons({ action, trackerId, order, index, title }: { action: Action; trackerId: string; order: string[]; index: number; title: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  const moves = [
    { offset: -1 as const, label: "Move up", show: index > 0 },
    { offset: 1 as const, label: "Move down", show: index < order.length - 1 },
  ];
  return (
    <div className={styles.rowActions}>
      {moves.map((move) =>
        move.show ? (
          <form key={move.label} action={formAction}>
            <input type="hidden" name="trackerId" value={trackerId} />
            {swap(order, index, move.offset).map((id) => (
              <input key={id} type="hidden" name="order[]" value={id} />
            ))}
            <SubmitButton className={styles.smallButton} pendingLabel="Moving…">
              {move.label}
              <span className="visually-hidden"> {title}</span>
            </SubmitButton>
          </form>
        ) : null,
      )}
      {state.status === "error" ? (
        <ErrorSummary items={[]} message={state.message} focusKey={state} />
      ) : null}
    </div>
  );
}

/** Retire (with what that means) or restore a proof point. */
export function RetireButton({ action, proofPointId, retired, title }: { action: Action; proofPointId: string; retired: boolean; title: string }) {
  const [state, formAction] = useActionState(action, IDLE_FORM_STATE);
  return (
    <form action={formAction} className={styles.rowActions}>
      <input type="hidden" name="proofPointId" value={proofPointId} />
      <input type="hidden" name="intent" value={retired ? "restore" : "retire"} />
      <SubmitButton className={styles.smallButton} pendingLabel="Saving…">
        {retired ? "Restore" : "Retire"}
        <span className="visually-hidden"> {title}</span>
      </SubmitButton>
      {state.status === "error" ? (
        <ErrorSummary items={[]} message={state.message} focusKey={state} />
      ) : null}
    </form>
  );
}
