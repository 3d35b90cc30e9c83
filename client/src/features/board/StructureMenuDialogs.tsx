/**
 * The dialogs the column and lane menus open: a name (rename, add after), a WIP limit, and the
 * confirmation before removing, which says plainly that the cards are kept, in Unsorted.
 */
import { useState } from 'react';
import {
  cleanStructureTitle,
  parseWipLimitInput,
  STRUCTURE_TITLE_MAX,
  type StructureKind,
} from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { Dialog } from '../../ui/Dialog';
import { FormField } from '../../ui/FormField';

export function StructureNameDialog(props: {
  title: string;
  submitLabel: string;
  initial: string;
  onClose(): void;
  onSave(title: string): void;
}) {
  const t = useT();
  const [value, setValue] = useState(props.initial);
  const title = cleanStructureTitle(value);
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      onSubmit={() => title !== null && props.onSave(title)}
      submit={{ label: props.submitLabel, disabled: title === null }}
      className="structure-dialog"
    >
      <FormField
        label={t('board.structure.name')}
        name="structure-title"
        required
        maxLength={STRUCTURE_TITLE_MAX + 20}
        autoFocus
        hint={t('board.structure.nameHint')}
        warn={value.trim() !== '' && title === null}
        value={value}
        onValue={setValue}
      />
    </Dialog>
  );
}

export function WipLimitDialog(props: {
  name: string;
  initial: number | undefined;
  onClose(): void;
  onSave(limit: number | null): void;
}) {
  const t = useT();
  const [value, setValue] = useState(props.initial === undefined ? '' : String(props.initial));
  const limit = parseWipLimitInput(value);
  const invalid = limit === undefined;
  return (
    <Dialog
      title={t('board.structure.wipTitle', { name: props.name })}
      lead={t('board.structure.wipLead')}
      onClose={props.onClose}
      onSubmit={() => limit !== undefined && props.onSave(limit)}
      submit={{ label: t('board.structure.save'), disabled: invalid }}
      className="structure-dialog"
    >
      <FormField
        label={t('board.structure.wipLabel')}
        name="wip-limit"
        inputMode="numeric"
        autoFocus
        hint={invalid ? t('board.structure.wipInvalid') : t('board.structure.wipHint')}
        warn={invalid}
        aria-invalid={invalid}
        value={value}
        onValue={setValue}
      />
    </Dialog>
  );
}

export function RemoveStructureDialog(props: {
  kind: StructureKind;
  name: string;
  cardCount: number;
  onClose(): void;
  onRemove(): void;
}) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const column = props.kind === 'column';
  return (
    <Dialog
      title={t(column ? 'board.structure.removeColumnTitle' : 'board.structure.removeLaneTitle', {
        name: props.name,
      })}
      lead={t('board.structure.removeLead', { count: formatNumber(locale, props.cardCount) })}
      onClose={props.onClose}
      onSubmit={props.onRemove}
      className="structure-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger">
            {t('board.structure.removeConfirm')}
          </button>
        </>
      }
    />
  );
}
