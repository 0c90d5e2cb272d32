// `npm run user:create -- --email <e> --role admin [--role reviewer] [--name "Full Name"]`
// Creates a user on DATABASE_URL (or on the embedded database). The password comes from
// PROOFBOARD_USER_PASSWORD when set (for scripts), otherwise it is asked for, hidden.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { z } from "zod";
import { disconnectDb } from "../lib/db/client";
import { EnvError, parseServerEnv } from "../lib/env";
import { isAppError } from "../lib/errors/app-error";
import { inTransaction } from "../lib/server/transaction";
import { createUserRecord } from "../lib/server/users/create-user-record";
import { ZCreateUserInput } from "../lib/validation/user";
import { parseInput } from "../lib/validation/parse";
import { openAppDatabase } from "./lib/database";

const USAGE = 'Usage: npm run user:create -- --email <email> --role <analyst|reviewer|admin> [--role …] [--name "Full Name"]';

function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new Error("No terminal to ask for a password: set PROOFBOARD_USER_PASSWORD instead."));
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Echo nothing while the password is typed.
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.startsWith(question)) process.stdout.write(question);
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { email: { type: "string" }, role: { type: "string", multiple: true }, name: { type: "string" } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args.email || !args.role?.length) {
    console.error(USAGE);
    return 2;
  }
  const roles = args.role.flatMap((role) => role.split(",")).map((role) => role.trim());
  const name = args.name ?? args.email.split("@")[0] ?? args.email;
  const password = process.env.PROOFBOARD_USER_PASSWORD || (await askHidden("Password (at least 12 characters): "));
  const input = parseInput(ZCreateUserInput, { email: args.email, name, roles, password });

  const database = await openAppDatabase(parseServerEnv());
  process.env.DATABASE_URL = database.url;
  try {
    const user = await inTransaction((tx) => createUserRecord(tx, null, input));
    console.log(`Created ${user.email} (${user.roles.join(", ") || "no role"}).`);
    return 0;
  } finally {
    await disconnectDb();
    await database.cluster?.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    if (isAppError(error)) {
      const fields = Object.entries(error.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join("; ")}`);
      console.error(fields.length ? `Not created:\n${fields.join("\n")}` : `Not created: ${error.message}`);
    } else if (error instanceof EnvError || error instanceof z.ZodError) {
      console.error(String(error.message));
    } else {
      console.error((error as Error).message);
    }
    process.exit(1);
  });
