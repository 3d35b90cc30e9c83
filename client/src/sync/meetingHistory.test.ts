import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  initBoardDoc,
  listColumns,
  listLanes,
  moveCard,
  updateCard,
  type CardEvent,
  type CardId,
  type MeetingHistoryEventsDto,
} from '@orderlane/shared';
import { createSyncStateStore } from '../store/syncStateStore';
import { watchMeetingHistory, type HistoryEvents } from './meetingHistory';

function board(boardId: string) {
  const doc = new Y.Doc();
  let n = 0;
  initBoardDoc(doc, { title: 'Orders', kind: 'orders', newId: () => `${boardId}-${n++}` });
  const columns = listColumns(doc);
  const lanes = listLanes(doc);
  const syncState = createSyncStateStore();
  const card = (id: string) =>
    addCard(
      doc,
      {
        id: id as CardId,
        columnId: columns[0]!.id,
        laneId: lanes[0]!.id,
        position: 'a0',
        createdBy: null,
        title: id,
      },
      1,
    );
  return { boardId, doc, syncState, columns, lanes, card };
}

const stored: CardEvent = { boardId: 'b1', cardId: 'old', at: 5, kind: 'moved' };

function watch(boards: ReturnType<typeof board>[], answer: () => Promise<MeetingHistoryEventsDto>) {
  const seen: HistoryEvents[] = [];
  let loads = 0;
  const stop = watchMeetingHistory(
    () => {
      loads++;
      return answer();
    },
    boards,
    (history) => seen.push(history),
  );
  return { seen, loads: () => loads, stop, last: () => seen.at(-1) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchMeetingHistory', () => {
  it("adds a move seen on a live board to the server's history, without asking again", async () => {
    const b = board('b1');
    b.card('c1');
    b.syncState.setState({ status: 'saved' });
    const w = watch([b], async () => ({ events: [stored], serverNow: Date.now() }));
    expect(w.seen).toEqual([]);
    await settle();
    expect(w.last()).toEqual({ loaded: true, events: [stored] });

    updateCard(b.doc, 'c1' as CardId, { title: 'Renamed' }, 2);
    moveCard(
      b.doc,
      'c1' as CardId,
      { columnId: b.columns[1]!.id, laneId: b.lanes[0]!.id },
      Math.random,
      3,
    );
    moveCard(
      b.doc,
      'c1' as CardId,
      { columnId: b.columns[1]!.id, laneId: b.lanes[1]!.id },
      Math.random,
      4,
    );
    b.card('c2');
    const { events } = w.last() as { events: CardEvent[] };
    expect(events[0]).toEqual(stored);
    expect(events.slice(1).map(({ at: _at, ...e }) => e)).toEqual([
      {
        boardId: 'b1',
        cardId: 'c1',
        kind: 'moved',
        fromStage: b.columns[0]!.stage,
        toStage: b.columns[1]!.stage,
      },
      {
        boardId: 'b1',
        cardId: 'c1',
        kind: 'moved',
        fromLaneId: b.lanes[0]!.id,
        toLaneId: b.lanes[1]!.id,
      },
      {
        boardId: 'b1',
        cardId: 'c2',
        kind: 'created',
        toStage: b.columns[0]!.stage,
        toLaneId: b.lanes[0]!.id,
      },
    ]);
    expect(w.loads()).toBe(1);
    w.stop();
  });

  it('counts nothing a board held before it was in step with the server', async () => {
    const b = board('b1');
    const w = watch([b], async () => ({ events: [], serverNow: Date.now() }));
    await settle();
    b.card('from-indexeddb');
    b.syncState.setState({ status: 'saved' });
    moveCard(
      b.doc,
      'from-indexeddb' as CardId,
      { columnId: b.columns[1]!.id, laneId: b.lanes[0]!.id },
      Math.random,
      3,
    );
    expect(w.last()).toMatchObject({
      loaded: true,
      events: [{ kind: 'moved', cardId: 'from-indexeddb' }],
    });
    expect((w.last() as { events: CardEvent[] }).events).toHaveLength(1);
    w.stop();
  });

  it('treats a failed load as no history, and asks again on the next change', async () => {
    const b = board('b1');
    b.syncState.setState({ status: 'saved' });
    let fail = true;
    const w = watch([b], async () => {
      if (fail) throw new Error('offline');
      return { events: [stored], serverNow: Date.now() };
    });
    await settle();
    expect(w.last()).toEqual({ loaded: true, events: undefined });
    fail = false;
    b.card('c1');
    await settle();
    expect(w.loads()).toBe(2);
    // The change came before the second question: the server's answer holds it.
    expect(w.last()).toMatchObject({ loaded: true, events: [stored] });
    w.stop();
  });
});
