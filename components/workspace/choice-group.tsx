import { formStyles } from "@/components/forms";
import styles from "./workspace.module.css";

export type Choice = { value: string; label: string; hint?: string };

type Props = {
  name: string;
  legend: string;
  choices: readonly Choice[];
  selected: string;
  error?: string;
  hint?: string;
};

/** A set of radio buttons with its legend and the server's error, for choices that deserve to be seen at once. */
export function ChoiceGroup({ name, legend, choices, selected, error, hint }: Props) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={name} className={formStyles.fieldset} aria-describedby={describedBy}>
      <legend className={formStyles.label}>{legend}</legend>
      {hint ? (
        <p id={hintId} className={formStyles.hint}>
          {hint}
        </p>
      ) : null}
      <div className={styles.choices}>
        {choices.map((choice) => (
          <label key={choice.value} className={styles.choice}>
            <input type="radio" name={name} value={choice.value} defaultChecked={selected === choice.value} />
            <span>
              <strong>{choice.label}</strong>
              {choice.hint ? <span className={styles.choiceHint}>{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className={formStyles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
