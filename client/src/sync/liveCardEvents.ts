/**
 * The card-history events a live copy of an order board shows happening: each change to a card,
 * once the copy is in step with the server, diffed the way the server records history
 * (`diffCardChange`) and read as the agenda rules read history (`cardEventOf`). So a meeting
 * sees a card move the moment the board does, without asking the server. No React.
 */
import type * as Y from 'yjs';
import {
  cardEventOf,
  cardsMap,
  diffCardChange,
  entriesOf,
  entryOf,
  listColumns,
  readCard,
  type Card,
  type CardEvent,
} from '@orderlane/shared';
import type { BoardConnection } from './boardConnection';
import { touchedEntries } from './touchedEntries';

const inStep = (status: string) => status === 'saved' || status === 'saving';

/**
 * Calls `onEvents` with the events of every later change to a card of `connection`'s board,
 * timed by `now`; returns the stop function. What the copy held before it was first in step with
 * the server (its IndexedDB copy catching up) is not a change: the server's history has it.
 */
export function watchCardEvents(
  connection: Pick<BoardConnection, 'boardId' | 'doc' | 'syncState'>,
  now: () => number,
  onEvents: (events: CardEvent[]) => void,
): () => void {
  const { boardId, doc, syncState } = connection;
  const cards = cardsMap(doc);
  const held = new Map<string, Card>();

  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const touched = touchedEntries(cards, events);
    const columns = listColumns(doc);
    const stageOf = (columnId: string | null) =>
      columns.find((c) => c.id === columnId)?.stage ?? null;
    const at = now();
    const found: CardEvent[] = [];
    for (const id of touched) {
      const map = entryOf(cards, id);
      const after = map ? readCard(id, map) : undefined;
      for (const change of diffCardChange(held.get(id), after)) {
        const event = cardEventOf(boardId, id, at, change, stageOf);
        if (event) found.push(event);
      }
      if (after) held.set(id, after);
      else held.delete(id);
    }
    if (found.length > 0) onEvents(found);
  };

  let following = false;
  const start = () => {
    if (following || !inStep(syncState.getState().status)) return;
    following = true;
    for (const [id, map] of entriesOf(cards)) held.set(id, readCard(id, map));
    cards.observeDeep(onCards);
  };
  const unsubscribe = syncState.subscribe(start);
  start();
  return () => {
    unsubscribe();
    if (following) cards.unobserveDeep(onCards);
  };
}
