/**
 * Fixtures for the meeting rules' unit tests: an order board as plain data, with the columns
 * and lanes of the real template (sync/orderBoardTemplate.ts writes the same into a document).
 */
import type { Column, Lane } from '../board';
import { DEFAULT_CARD_FIELDS, type Card, type CardFields } from '../card';
import type { CardId, ColumnId, LaneId } from '../ids';
import { positionsBetween } from '../position';
import { ROLES, type RoleKey } from '../roles';
import { STAGES, type StageKey } from '../stages';
import { dailyAgenda, type DailyAgendaInput } from './dailyAgenda';
import type { SourceBoard } from './sourceBoard';
import type { ActionItem, Meeting } from './meetingTypes';

export function orderBoard(boardId = 'b1') {
  let n = 0;
  const newId = () => `${boardId}x${n++}`;
  const columnKeys = positionsBetween(null, null, STAGES.length);
  const columns: Column[] = STAGES.map((stage, i) => ({
    id: newId() as ColumnId,
    title: stage.en,
    position: columnKeys[i]!,
    stage: stage.key,
    ...(stage.slaHours ? { slaHours: stage.slaHours } : {}),
  }));
  const laneRoles = ROLES.filter((r) => r.lane);
  const laneKeys = positionsBetween(null, null, laneRoles.length);
  let lanes: Lane[] = laneRoles.map((role, i) => ({
    id: newId() as LaneId,
    title: role.en,
    position: laneKeys[i]!,
    role: role.key,
  }));
  let cards: Card[] = [];
  const column = (stage: StageKey) => columns.find((c) => c.stage === stage)!.id;
  const lane = (role: RoleKey) => lanes.find((l) => l.role === role)!.id;
  let cardNo = 0;
  const add = (
    stage: StageKey,
    role: RoleKey,
    fields: Partial<CardFields> & { id?: string; createdAt?: number; updatedAt?: number } = {},
  ) => {
    const { id, createdAt, updatedAt, ...rest } = fields;
    const cardId = (id ?? `c${++cardNo}`) as CardId;
    cards.push({
      ...DEFAULT_CARD_FIELDS,
      ...rest,
      id: cardId,
      columnId: column(stage),
      laneId: lane(role),
      position: `V${cardNo}`,
      createdAt: createdAt ?? 1000,
      createdBy: null,
      updatedAt: updatedAt ?? createdAt ?? 1000,
    });
    return cardId;
  };
  /** Moves a card to another cell, as a drag on the board would. */
  const move = (cardId: string, stage: StageKey, role: RoleKey) => {
    cards = cards.map((c) =>
      c.id === cardId ? { ...c, columnId: column(stage), laneId: lane(role) } : c,
    );
  };
  const removeCard = (cardId: string) => {
    cards = cards.filter((c) => c.id !== cardId);
  };
  const removeLane = (laneId: string) => {
    lanes = lanes.filter((l) => l.id !== laneId);
  };
  const plain = (): SourceBoard => ({
    id: boardId,
    title: 'Orders',
    columns: [...columns],
    lanes: [...lanes],
    cards: [...cards],
  });
  return { column, lane, add, move, removeCard, removeLane, plain };
}

/** The daily agenda of one board, grouped by lane, nothing carried, unless `input` says else. */
export function dailyPlanOf(
  board: SourceBoard,
  today: string,
  input: Partial<DailyAgendaInput> = {},
) {
  const plan = dailyAgenda({
    boards: [board],
    today,
    since: null,
    groupBy: 'lane',
    carried: [],
    ...input,
  });
  return { plan, byCard: new Map(plan.suggestions.map((s) => [s.cardId, s])) };
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
