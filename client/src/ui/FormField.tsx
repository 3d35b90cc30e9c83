/**
 * A labelled text field: the label wraps the input (so `getByLabel` and screen readers name it),
 * with an optional hint tied to the input by `aria-describedby`.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: ReactNode;
  value: string;
  onValue(value: string): void;
  hint?: ReactNode;
  /** Shows the hint as a warning (e.g. a password still too short). */
  warn?: boolean;
}

export function FormField({ label, onValue, hint, warn, ...input }: FormFieldProps) {
  const hintId = useId();
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        {...input}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => onValue(e.target.value)}
      />
      {hint && (
        <span id={hintId} className={`field__hint${warn ? ' field__hint--warn' : ''}`}>
          {hint}
        </span>
      )}
    </label>
  );
}
