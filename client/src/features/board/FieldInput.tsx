/**
 * A text, number or date input for one card field. It keeps a draft while focused and writes on
 * blur or Enter, so a remote edit of the same field does not jump under the cursor.
 */
import { useState } from 'react';

interface FieldInputProps {
  label: string;
  value: string;
  type?: 'text' | 'number' | 'date';
  maxLength?: number;
  disabled?: boolean;
  onCommit: (value: string) => void;
  name: string;
}

export function FieldInput({
  label,
  value,
  type = 'text',
  maxLength,
  disabled,
  onCommit,
  name,
}: FieldInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        name={name}
        type={type}
        value={draft ?? value}
        maxLength={maxLength}
        disabled={disabled}
        min={type === 'number' ? 0 : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          // Dates and pickers commit at once: there is no typing to interrupt.
          if (type === 'date') onCommit(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}

interface FieldSelectProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  disabled?: boolean;
  onChange: (value: string) => void;
  name: string;
}

export function FieldSelect({ label, value, options, disabled, onChange, name }: FieldSelectProps) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        name={name}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
