import Link from "next/link";
import styles from "./auth.module.css";

type Props = {
  user: { name: string; roles: string[] } | null;
  signOutAction: (formData: FormData) => Promise<void>;
};

/** Header slot: a sign-in link for readers; name, workspace link and sign-out for members. */
export function AccountMenu({ user, signOutAction }: Props) {
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
