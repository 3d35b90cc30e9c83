/** A stage's header: its name in the UI language, the card count and the WIP limit. */
import { memo } from 'react';
import type { Column } from '@orderlane/shared';
import { formatNumber, useLocaleStore, useT } from '../../i18n';
import { columnTitle } from './labels';

export const ColumnHeader = memo(function ColumnHeader({
  column,
  total,
}: {
  column: Column;
  total: number;
}) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const limit = column.wipLimit;
  const over = limit !== undefined && limit > 0 && total > limit;
  return (
    <div
      className={`column-header${over ? ' column-header--over' : ''}`}
      role="columnheader"
      data-column-id={column.id}
      data-stage={column.stage}
    >
      <span className="column-header__title">{columnTitle(column, locale)}</span>
      <span className="column-header__count" title={t('board.column.count', { count: total })}>
        {limit !== undefined && limit > 0
          ? over
            ? t('board.column.overLimit', {
                count: formatNumber(locale, total),
                limit: formatNumber(locale, limit),
              })
            : t('board.column.wip', {
                count: formatNumber(locale, total),
                limit: formatNumber(locale, limit),
              })
          : formatNumber(locale, total)}
      </span>
    </div>
  );
});
