// The three ways an evidence item can bear on a claim; the balance and rule 4 both depend on this list.

export const STANCES = ["supports", "refutes", "context"] as const;

export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  refutes: "Refutes",
  context: "Context",
};

export function isStance(x: unknown): x is Stance {
  return typeof x === "string" && (STANCES as readonly string[]).includes(x);
}
