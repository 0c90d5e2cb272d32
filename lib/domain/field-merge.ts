// Three-way merge of one record's fields after an edit conflict: what both editors started
// from (base), what this editor sent (mine) and what is saved now (theirs), all in the
// form's own terms (strings). Only a field both changed, to different values, is a question.

export type FieldValues = Record<string, string>;

export type FieldMerge = {
  /** The values to save or to show: my changes, and theirs on every field I did not touch. */
  merged: FieldValues;
  /** Fields both editors changed to different values: only these need a decision. */
  conflicts: string[];
  /** Fields the other editor changed and this one did not: kept as they are saved. */
  keptTheirs: string[];
  /** Fields this editor changed. */
  mine: string[];
};

export function mergeFieldEdits(fields: readonly string[], base: FieldValues, mine: FieldValues, theirs: FieldValues): FieldMerge {
  const merged: FieldValues = {};
  const conflicts: string[] = [];
  const keptTheirs: string[] = [];
  const changedByMe: string[] = [];
  for (const field of fields) {
    const start = base[field] ?? "";
    const my = mine[field] ?? "";
    const their = theirs[field] ?? "";
    const iChanged = my !== start;
    const theyChanged = their !== start;
    if (iChanged) changedByMe.push(field);
    if (iChanged && theyChanged && my !== their) conflicts.push(field);
    if (!iChanged && theyChanged) keptTheirs.push(field);
    merged[field] = iChanged ? my : their;
  }
  return { merged, conflicts, keptTheirs, mine: changedByMe };
}
