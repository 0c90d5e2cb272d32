import styles from "./auth.module.css";

type Props = { password: string; accounts: { email: string; roles: string[] }[] };

/** Shown only on the embedded demo database, whose demo passwords are public. */
export function DemoAccounts({ password, accounts }: Props) {
  return (
    <aside className={styles.demo} aria-labelledby="demo-accounts-title">
      <h2 id="demo-accounts-title">Demo accounts</h2>
      <p>
        This is a local demo database. Every demo account uses the password <code>{password}</code>.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.email}>
              <td>
                <code>{account.email}</code>
              </td>
              <td>{account.roles.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
