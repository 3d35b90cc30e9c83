/**
 * A board as plain data: what kind it is, its meta, its columns (stages) and lanes
 * (departments). The Yjs document holds them (sync/boardDoc.ts reads and writes them there).
 */
import type { ColumnId, LaneId } from './ids';
import type { RoleKey } from './roles';
import type { StageKey } from './stages';

export const BOARD_KINDS = ['orders', 'meeting'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];
export const MEETING_CADENCES = ['daily', 'weekly', 'monthly'] as const;
export type MeetingCadence = (typeof MEETING_CADENCES)[number];

export interface BoardMeta {
  title: string;
  kind: BoardKind;
  cadence?: MeetingCadence;
}

export interface Column {
  id: ColumnId;
  title: string;
  position: string;
  stage?: StageKey;
  wipLimit?: number;
  slaHours?: number;
}

export interface Lane {
  id: LaneId;
  title: string;
  position: string;
  role?: RoleKey;
}
