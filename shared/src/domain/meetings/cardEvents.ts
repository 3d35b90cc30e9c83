/**
 * A card-history change as the agenda rules read it (`CardEvent`): creations and the moves
 * between stages or lanes; other changes are not events of the agenda. The server maps its
 * stored history this way, and a browser the changes it sees on its live copy of a board.
 */
import type { CardChange } from '../cardHistory';
import type { StageKey } from '../stages';
import type { CardEvent } from './meetingTypes';

export function cardEventOf(
  boardId: string,
  cardId: string,
  at: number,
  change: Pick<CardChange, 'type' | 'from' | 'to'> & { subject?: string | null },
  stageOf: (columnId: string | null) => StageKey | null,
): CardEvent | null {
  const base = { boardId, cardId, at };
  if (change.type === 'created')
    return {
      ...base,
      kind: 'created',
      toStage: stageOf(change.to),
      toLaneId: change.subject ?? null,
    };
  if (change.type === 'stage')
    return { ...base, kind: 'moved', fromStage: stageOf(change.from), toStage: stageOf(change.to) };
  if (change.type === 'lane')
    return { ...base, kind: 'moved', fromLaneId: change.from, toLaneId: change.to };
  return null;
}
