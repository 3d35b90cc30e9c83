/** The initial content of a new board, written once by the server when the board is created. */
import type * as Y from 'yjs';
import type { BoardKind, MeetingCadence } from '../domain/board';
import type { ColumnId, LaneId, NewId } from '../domain/ids';
import { positionsBetween } from '../domain/position';
import { ROLES } from '../domain/roles';
import { STAGES } from '../domain/stages';
import { addColumn, addLane, metaMap } from './boardDoc';
import { mirrorBoardRow } from './boardRowMirror';

export interface BoardTemplateOptions {
  title: string;
  kind: BoardKind;
  cadence?: MeetingCadence;
  /** Column and lane titles: the board is shared, so it is written in the creator's language. */
  locale?: 'en' | 'zh';
  newId: NewId;
}

export function initBoardDoc(doc: Y.Doc, options: BoardTemplateOptions): void {
  const label = (info: { en: string; zh: string }) => (options.locale === 'zh' ? info.zh : info.en);
  doc.transact(() => {
    const meta = metaMap(doc);
    mirrorBoardRow(doc, { title: options.title });
    meta.set('kind', options.kind);
    if (options.cadence) meta.set('cadence', options.cadence);
    if (options.kind !== 'orders') return;
    const columnPositions = positionsBetween(null, null, STAGES.length);
    STAGES.forEach((stage, i) => {
      addColumn(doc, {
        id: options.newId() as ColumnId,
        title: label(stage),
        position: columnPositions[i]!,
        stage: stage.key,
        ...(stage.slaHours ? { slaHours: stage.slaHours } : {}),
      });
    });
    const laneRoles = ROLES.filter((r) => r.lane);
    const lanePositions = positionsBetween(null, null, laneRoles.length);
    laneRoles.forEach((role, i) => {
      addLane(doc, {
        id: options.newId() as LaneId,
        title: label(role),
        position: lanePositions[i]!,
        role: role.key,
      });
    });
  });
}
