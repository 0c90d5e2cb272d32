import Link from "next/link";
import styles from "./auth.module.css";

type Props = {
  user: { name: string; roles: string[] } | null;
  /** Proposals waiting for this reviewer (others' pending ones); undefined for non-reviewers. */
  reviewCount?: number;
  /** Whether to link "My proposals" (users who may propose). */
  canPropose?: boolean;
  /** New reader submissions waiting for triage (analysts). */
  submissionCount?: number;
  signOutAction: (formData: FormData) => Promise<void>;
};

/** Header slot: a sign-in link for readers; name, workspace links and sign-out for members. */
export function AccountMenu({ user, reviewCount, canPropose = false, submissionCount, signOutAction }: Props) {
  if (!user) {
    return (
      <Link href="/sign-in" className={styles.signIn}>
        Sign in
      </Link>
    );
  }
  return (
    <div className={styles.menu}>
      <Link href="/workspace">Workspace</Link>
      {reviewCount === undefined ? null : (
        <Link href="/workspace/review" className={reviewCount > 0 ? styles.waiting : undefined}>
          Review ({reviewCount})<span className="visually-hidden"> {reviewCount === 1 ? "proposal waits" : "proposals wait"} for you</span>
        </Link>
      )}
      {submissionCount === undefined ? null : (
        <Link href="/workspace/submissions" className={submissionCount > 0 ? styles.waiting : undefined}>
          Reader reports ({submissionCount})<span className="visually-hidden"> new, waiting for triage</span>
        </Link>
      )}
      {canPropose ? <Link href="/workspace/proposals">My proposals</Link> : null}
      <span className={styles.who}>
        {user.name}
        <span className="visually-hidden"> ({user.roles.join(", ") || "no role"})</span>
      </span>
      <form action={signOutAction}>
        <button type="submit" className={styles.signOut}>
          Sign out
        </button>
      </form>
    </div>
  );
}
