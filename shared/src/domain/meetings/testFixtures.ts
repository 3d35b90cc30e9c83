/** Fixtures for the meeting rules' unit tests: an order board built with the real template. */
import * as Y from 'yjs';
import type { CardFields } from '../card';
import type { CardId, ColumnId, LaneId } from '../ids';
import type { RoleKey } from '../roles';
import type { StageKey } from '../stages';
import { addCard, listCards, listColumns, listLanes } from '../../sync/boardDoc';
import { initBoardDoc } from '../../sync/orderBoardTemplate';
import type { SourceBoard } from './sourceBoard';
import type { ActionItem, Meeting } from './meetingTypes';

export function orderBoard(boardId = 'b1') {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `${boardId}x${n++}` });
  const column = (stage: StageKey) => listColumns(doc).find((c) => c.stage === stage)!.id;
  const lane = (role: RoleKey) => listLanes(doc).find((l) => l.role === role)!.id;
  let cardNo = 0;
  const add = (
    stage: StageKey,
    role: RoleKey,
    fields: Partial<CardFields> & { id?: string; createdAt?: number; updatedAt?: number } = {},
  ) => {
    const { id, createdAt, updatedAt, ...rest } = fields;
    const cardId = (id ?? `c${++cardNo}`) as CardId;
    addCard(
      doc,
      {
        id: cardId,
        columnId: column(stage) as ColumnId,
        laneId: lane(role) as LaneId,
        position: `V${cardNo}`,
        createdBy: null,
        ...rest,
      },
      createdAt ?? 1000,
    );
    if (updatedAt !== undefined)
      doc.getMap<Y.Map<unknown>>('cards').get(cardId)!.set('updatedAt', updatedAt);
    return cardId;
  };
  const plain = (): SourceBoard => ({
    id: boardId,
    title: 'Orders',
    columns: listColumns(doc),
    lanes: listLanes(doc),
    cards: listCards(doc),
  });
  return { doc, column, lane, add, plain };
}

export function meeting(id: string, date: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    date,
    status: 'planned',
    facilitatorId: null,
    attendeeIds: [],
    startedAt: null,
    endedAt: null,
    groupBy: 'lane',
    createdAt: 0,
    createdBy: null,
    ...extra,
  };
}

export function actionItem(id: string, extra: Partial<ActionItem> = {}): ActionItem {
  return {
    id,
    title: `Action ${id}`,
    ownerId: 'u1',
    dueDate: null,
    boardId: null,
    cardId: null,
    done: false,
    doneAt: null,
    createdInMeetingId: null,
    agendaItemId: null,
    pdcaPhase: null,
    position: 'V',
    createdAt: 0,
    createdBy: null,
    ...extra,
  };
}
