/**
 * A linked order board as plain data (read with `listColumns`/`listLanes`/`listCards`), and the
 * facts about its cards that every agenda rule asks: which stage, shipped, done, whose ball.
 */
import type { Card } from '../card';
import type { RoleKey } from '../roles';
import type { StageKey } from '../stages';
import type { Column, Lane } from '../board';

export interface SourceBoard {
  id: string;
  title: string;
  columns: Column[];
  lanes: Lane[];
  cards: Card[];
}

/** A card together with the board it lives on (agenda rules span several boards). */
export interface BoardCard {
  boardId: string;
  card: Card;
  stage: StageKey | null;
  lane: Lane | null;
}

/** Stages after the goods left: the ETD promise is kept or broken by then. */
const SHIPPED_STAGES: readonly StageKey[] = ['documents', 'payment', 'done'];

export function isShippedStage(stage: StageKey | null | undefined): boolean {
  return !!stage && SHIPPED_STAGES.includes(stage);
}

/** The department that should hold the ball while an order is in a stage. */
export const STAGE_DEPARTMENT: Readonly<Record<StageKey, RoleKey>> = {
  inquiry: 'sales',
  quotation: 'sales',
  sample: 'sales',
  confirmed: 'sales',
  procurement: 'purchasing',
  production: 'production',
  inspection: 'qc',
  shipping: 'logistics',
  documents: 'documents',
  payment: 'finance',
  done: 'sales',
};

/** Every card of the given boards with its stage and lane resolved (unknown ones read as null). */
export function boardCards(boards: readonly SourceBoard[]): BoardCard[] {
  const result: BoardCard[] = [];
  for (const board of boards) {
    const stages = new Map(board.columns.map((c) => [c.id as string, c.stage ?? null]));
    const lanes = new Map(board.lanes.map((l) => [l.id as string, l]));
    for (const card of board.cards) {
      result.push({
        boardId: board.id,
        card,
        stage: stages.get(card.columnId) ?? null,
        lane: lanes.get(card.laneId) ?? null,
      });
    }
  }
  return result;
}

/** The stable key of a card across boards (agenda item keys, lookups). */
export function cardKey(boardId: string, cardId: string): string {
  return `card:${boardId}:${cardId}`;
}
