/** The risk flags of a card: kind, severity and a note each; add and remove. */
import { useState } from 'react';
import {
  RISK_KINDS,
  RISK_SEVERITIES,
  type Risk,
  type RiskKind,
  type RiskSeverity,
} from '@orderlane/shared';
import { useT } from '../../i18n';

interface RiskEditorProps {
  risks: Risk[];
  disabled: boolean;
  onChange: (risks: Risk[]) => void;
}

export function RiskEditor({ risks, disabled, onChange }: RiskEditorProps) {
  const t = useT();
  const [kind, setKind] = useState<RiskKind>('supply');
  const [severity, setSeverity] = useState<RiskSeverity>('medium');
  const [note, setNote] = useState('');
  return (
    <fieldset className="risk-editor field--wide">
      <legend className="field__label">{t('board.field.risks')}</legend>
      {risks.length === 0 && <p className="risk-editor__none">{t('board.risk.none')}</p>}
      <ul className="risk-editor__list">
        {risks.map((risk, i) => (
          <li key={`${risk.kind}-${i}`} className={`risk risk--${risk.severity}`}>
            <span className="risk__kind">⚑ {t(`board.risk.${risk.kind}`)}</span>
            <span className="risk__severity">{t(`board.severity.${risk.severity}`)}</span>
            {risk.note && <span className="risk__note">{risk.note}</span>}
            {!disabled && (
              <button
                type="button"
                className="icon-button"
                aria-label={`${t('board.risk.remove')}: ${t(`board.risk.${risk.kind}`)}`}
                onClick={() => onChange(risks.filter((_, j) => j !== i))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <div className="risk-editor__add">
          <select
            aria-label={t('board.field.risks')}
            value={kind}
            onChange={(e) => setKind(e.target.value as RiskKind)}
          >
            {RISK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`board.risk.${k}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t('board.severity.medium')}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as RiskSeverity)}
          >
            {RISK_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`board.severity.${s}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t('board.risk.note')}
            placeholder={t('board.risk.note')}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={risks.length >= 20}
            onClick={() => {
              onChange([...risks, { kind, severity, note: note.trim() }]);
              setNote('');
            }}
          >
            {t('board.risk.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
