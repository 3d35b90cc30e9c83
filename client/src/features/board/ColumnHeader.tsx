/**
 * A stage's header: its name in the UI language, the card count and the WIP limit, and the
 * column menu (rename, WIP limit, move, add after, remove) for people who may edit.
 */
import { memo } from 'react';
import type { Column } from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { useBoard } from '../../store/boardStore';
import { columnTitle } from '../../i18n/boardLabels';
import { StructureMenu } from './StructureMenu';

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
  const index = useBoard((s) => s.columns.findIndex((c) => c.id === column.id));
  const count = useBoard((s) => s.columns.length);
  const name = columnTitle(column, locale);
  const figures = { count: formatNumber(locale, total), limit: formatNumber(locale, limit ?? 0) };
  const wipText = t('board.column.wip', figures);
  const overText = t('board.column.overLimit', figures);
  return (
    <div
      className={`column-header column-header--menu${over ? ' column-header--over' : ''}`}
      role="columnheader"
      data-column-id={column.id}
      data-stage={column.stage}
    >
      <span className="column-header__title">{name}</span>
      <span
        className="column-header__count"
        title={over ? overText : t('board.column.count', { count: total })}
      >
        {limit !== undefined && limit > 0 ? (
          over ? (
            // The red pill stays short so the stage's name keeps its room; the words are for
            // screen readers (and the tooltip).
            <>
              <span aria-hidden="true">{wipText}</span>
              <span className="visually-hidden">{overText}</span>
            </>
          ) : (
            wipText
          )
        ) : (
          formatNumber(locale, total)
        )}
      </span>
      {index >= 0 && (
        <StructureMenu
          kind="column"
          id={column.id}
          name={name}
          index={index}
          count={count}
          {...(limit !== undefined ? { wipLimit: limit } : {})}
        />
      )}
    </div>
  );
});
