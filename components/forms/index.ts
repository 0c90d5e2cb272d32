export { Field, inputClass, selectClass, textareaClass } from "./field";
export { FormBanner } from "./form-banner";
export { StatusFilterOptions } from "./status-options";
export { SubmitButton } from "./submit-button";
export { default as formStyles } from "./forms.module.css";
export { ErrorSummary } from "./error-summary";
