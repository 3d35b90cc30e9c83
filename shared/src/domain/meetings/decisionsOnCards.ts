/** The decisions of ended minutes that belong in a card's history: one per item on a card. */
import type { CardChange } from '../cardHistory';
import type { Minutes } from './minutes';

export interface CardDecision {
  boardId: string;
  cardId: string;
  /** A `decision` change: the meeting's date in `from`, the decision's text in `to`. */
  change: CardChange;
}

export function decisionsOnCards(minutes: Pick<Minutes, 'date' | 'items'>): CardDecision[] {
  return minutes.items.flatMap((item) => {
    const text = item.decision.trim();
    if (!item.card || !text) return [];
    return [
      {
        boardId: item.card.boardId,
        cardId: item.card.cardId,
        change: { type: 'decision', from: minutes.date, to: text },
      },
    ];
  });
}
