/**
 * A row's header: the collapse toggle with the row's name and card count, and, on a department
 * row, the lane menu (rename, move up/down, add after, remove).
 */
import { memo } from 'react';
import type { Locale } from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import type { GridRow } from './boardGrid';
import { StructureMenu } from './StructureMenu';

interface LaneHeaderProps {
  row: GridRow;
  name: string;
  count: number;
  locale: Locale;
  collapsed: boolean;
  onToggle: (key: string) => void;
}

export const LaneHeader = memo(function LaneHeader(props: LaneHeaderProps) {
  const { row, name, count, locale, collapsed, onToggle } = props;
  const t = useT();
  const laneId = row.kind === 'department' ? row.lane?.id : undefined;
  const lanes = useBoard((s) => s.lanes);
  const index = laneId ? lanes.findIndex((l) => l.id === laneId) : -1;
  return (
    <div className="lane-header">
      <button
        type="button"
        className="row-header__toggle"
        aria-expanded={!collapsed}
        aria-label={t(collapsed ? 'board.lane.expand' : 'board.lane.collapse', { name })}
        onClick={() => onToggle(row.key)}
      >
        <span className="row-header__chevron" aria-hidden="true">
          {collapsed ? '▸' : '▾'}
        </span>
        <span className="row-header__name">{name}</span>
        <span className="row-header__count">{formatNumber(locale, count)}</span>
      </button>
      {laneId && index >= 0 && (
        <StructureMenu kind="lane" id={laneId} name={name} index={index} count={lanes.length} />
      )}
    </div>
  );
});
