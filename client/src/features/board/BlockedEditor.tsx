/**
 * The blocked flag of a card: a toggle, and while it is on, why (the standup reads it out). The
 * reason is optional: '' means blocked without a reason, null means not blocked.
 */
import { useId } from 'react';
import { BLOCKED_REASON_MAX } from '@orderlane/shared';
import { useT } from '../../i18n';
import { FieldInput } from './FieldInput';

interface BlockedEditorProps {
  blocked: string | null;
  disabled: boolean;
  onChange: (blocked: string | null) => void;
}

export function BlockedEditor({ blocked, disabled, onChange }: BlockedEditorProps) {
  const t = useT();
  const hintId = useId();
  return (
    <fieldset
      className={`blocked-editor field--wide${blocked !== null ? ' blocked-editor--on' : ''}`}
    >
      <legend className="field__label">{t('board.field.blocked')}</legend>
      <label className="chip-toggle">
        <input
          type="checkbox"
          name="blocked"
          checked={blocked !== null}
          disabled={disabled}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.checked ? '' : null)}
        />
        {t('board.blocked.toggle')}
      </label>
      <p id={hintId} className="blocked-editor__hint">
        {t('board.blocked.hint')}
      </p>
      {blocked !== null && (
        <FieldInput
          name="blockedReason"
          label={t('board.field.blockedReason')}
          value={blocked}
          maxLength={BLOCKED_REASON_MAX}
          disabled={disabled}
          onCommit={(v) => onChange(v.trim())}
        />
      )}
    </fieldset>
  );
}
