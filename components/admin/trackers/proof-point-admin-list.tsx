import Link from "next/link";
import { Badge } from "@/components/badge";
import type { FormState } from "@/lib/actions/form-state";
import { MoveButtons, RetireButton } from "./proof-point-row-actions";
import styles from "./trackers-admin.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export type AdminProofPoint = {
  id: string;
  key: string;
  title: string;
  question: string;
  retiredAt: Date | null;
  claimCount: number;
  criteriaVersion: number | null;
};

type Props = {
  trackerId: string;
  proofPoints: AdminProofPoint[];
  editable: boolean;
  reorderAction: Action;
  retireAction: Action;
};

/** The checklist as admins manage it: active points in order (movable), then retired ones. */
export function ProofPointAdminList({ trackerId, proofPoints, editable, reorderAction, retireAction }: Props) {
  const active = proofPoints.filter((point) => !point.retiredAt);
  const order = active.map((point) => point.id);
  const ordered = [...active, ...proofPoints.filter((point) => point.retiredAt)];
  if (ordered.length === 0) return <p className="muted">No proof points yet: add the first one.</p>;
  return (
    <ol className={styles.points}>
      {ordered.map((point) => {
        const index = order.indexOf(point.id);
        return (
          <li key={point.id} className={styles.point}>
            <div>
              <h3>
                {index >= 0 ? `${index + 1}. ` : null}
                <Link href={`/admin/trackers/${trackerId}/points/${point.id}`}>{point.title}</Link>{" "}
                {point.retiredAt ? <Badge tone="neutral">Retired</Badge> : null}
              </h3>
              <p>{point.question}</p>
              <p className={styles.pointMeta}>
                key <code>{point.key}</code> · {point.claimCount} {point.claimCount === 1 ? "claim" : "claims"} ·{" "}
                {point.criteriaVersion ? `criteria version ${point.criteriaVersion}` : "no criteria yet"}
              </p>
            </div>
            {editable ? (
              <div className={styles.pointControls}>
                {index >= 0 ? <MoveButtons action={reorderAction} trackerId={trackerId} order={order} index={index} title={point.title} /> : null}
                <RetireButton action={retireAction} proofPointId={point.id} retired={Boolean(point.retiredAt)} title={point.title} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
