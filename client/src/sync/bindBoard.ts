/**
 * Binds a board's Y.Doc (and its awareness) into zustand stores, without React. Updates are
 * incremental: only cards touched by a transaction are re-read, and every card or cell that did
 * not change keeps its object identity, so a component selecting it does not re-render.
 */
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import {
  cardsMap,
  columnsMap,
  entriesOf,
  entryOf,
  lanesMap,
  layoutCards,
  listColumns,
  listLanes,
  metaMap,
  readCard,
  readMeta,
  type Card,
  type CardId,
} from '@orderlane/shared';
import type { BoardLayoutIds, BoardState, BoardStore } from '../store/boardStore';
import { emptyBoardState } from '../store/boardStore';
import type { BoardPeer, BoardPresenceState } from '../store/boardPresenceStore';
import type { StoreApi } from 'zustand/vanilla';

const LAYOUT_KEYS = new Set(['columnId', 'laneId', 'position']);

function sameIds(a: readonly string[] | undefined, b: readonly string[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The department layout, reusing the previous arrays of cells whose cards did not change. */
function computeLayout(state: Pick<BoardState, 'cards' | 'columns' | 'lanes' | 'layout'>) {
  const layout = layoutCards(
    Object.values(state.cards),
    new Set(state.columns.map((c) => c.id)),
    new Set(state.lanes.map((l) => l.id)),
  );
  const previous = state.layout;
  const cells: Record<string, CardId[]> = {};
  let changed = Object.keys(previous.cells).length !== layout.cells.size;
  for (const [key, cards] of layout.cells) {
    const ids = cards.map((c) => c.id);
    const old = previous.cells[key];
    if (sameIds(old, ids)) cells[key] = old!;
    else {
      cells[key] = ids;
      changed = true;
    }
  }
  const unsortedIds = layout.unsorted.map((c) => c.id);
  const unsorted = sameIds(previous.unsorted, unsortedIds) ? previous.unsorted : unsortedIds;
  if (!changed && unsorted === previous.unsorted) return previous;
  return { cells, unsorted } satisfies BoardLayoutIds;
}

function sameCard(a: Card, b: Card): boolean {
  for (const key of Object.keys(b) as (keyof Card)[]) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && JSON.stringify(x) === JSON.stringify(y)) continue;
    return false;
  }
  return true;
}

/** Starts mirroring `doc` into `store`; returns the function that stops it. */
export function bindBoard(doc: Y.Doc, store: BoardStore): () => void {
  const cards = cardsMap(doc);
  const readAll = () => {
    const all: Record<string, Card> = {};
    // Only real entries: junk a peer wrote into `cards` is no card (not a blank one in Unsorted).
    for (const [id, map] of entriesOf(cards)) all[id] = readCard(id, map);
    // `loaded` stays as it is: the connection knows when the first content arrived.
    const base = { ...emptyBoardState(), columns: listColumns(doc), lanes: listLanes(doc) };
    const next = { ...base, cards: all, meta: readMeta(doc), loaded: store.getState().loaded };
    store.setState({ ...next, layout: computeLayout(next) });
  };
  readAll();

  const onCards = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const touched = new Set<string>();
    let layoutTouched = false;
    for (const event of events) {
      if (event.target === cards) {
        for (const key of event.changes.keys.keys()) touched.add(key);
        layoutTouched = true;
        continue;
      }
      // A change inside a card: a field of the card map, or its description text (not mirrored).
      if (event.target instanceof Y.Text) continue;
      const id = event.path[0];
      if (typeof id !== 'string') continue;
      touched.add(id);
      for (const key of (event as Y.YMapEvent<unknown>).keysChanged) {
        if (LAYOUT_KEYS.has(key)) layoutTouched = true;
      }
    }
    if (touched.size === 0) return;
    const state = store.getState();
    let nextCards = state.cards;
    for (const id of touched) {
      const map = entryOf(cards, id);
      const old = state.cards[id];
      if (!map) {
        if (!old) continue;
        if (nextCards === state.cards) nextCards = { ...state.cards };
        delete nextCards[id];
        continue;
      }
      const card = readCard(id, map);
      if (old && sameCard(old, card)) continue;
      if (nextCards === state.cards) nextCards = { ...state.cards };
      nextCards[id] = card;
    }
    if (nextCards === state.cards) return;
    const layout = layoutTouched ? computeLayout({ ...state, cards: nextCards }) : state.layout;
    store.setState({ cards: nextCards, layout });
  };

  const onStructure = () => {
    const state = store.getState();
    const next = { ...state, columns: listColumns(doc), lanes: listLanes(doc) };
    store.setState({ columns: next.columns, lanes: next.lanes, layout: computeLayout(next) });
  };
  const onMeta = () => store.setState({ meta: readMeta(doc) });

  cards.observeDeep(onCards);
  columnsMap(doc).observeDeep(onStructure);
  lanesMap(doc).observeDeep(onStructure);
  metaMap(doc).observe(onMeta);
  return () => {
    cards.unobserveDeep(onCards);
    columnsMap(doc).unobserveDeep(onStructure);
    lanesMap(doc).unobserveDeep(onStructure);
    metaMap(doc).unobserve(onMeta);
  };
}

function readPeer(clientId: number, state: Record<string, unknown>): BoardPeer | null {
  const user = state.user as Record<string, unknown> | undefined;
  if (!user || typeof user !== 'object') return null;
  const userId = String(user.id ?? user.userId ?? '');
  if (!userId) return null;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
  return {
    clientId,
    userId,
    name: text(user.name) ?? userId,
    color: text(user.color) ?? '#6b7280',
    dragging: text(state.dragging),
    editing: text(state.editing),
  };
}

/** Mirrors the other clients' awareness states into `store`; returns the function that stops it. */
export function bindPresence(
  awareness: Awareness,
  store: StoreApi<BoardPresenceState>,
): () => void {
  const update = () => {
    const peers: BoardPeer[] = [];
    const busy: Record<string, BoardPeer[]> = {};
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const peer = readPeer(clientId, state);
      if (!peer) continue;
      peers.push(peer);
      for (const cardId of new Set([peer.dragging, peer.editing])) {
        if (cardId) (busy[cardId] ??= []).push(peer);
      }
    }
    // Keep the previous arrays for cards whose watchers did not change.
    const previous = store.getState().busy;
    for (const [cardId, list] of Object.entries(busy)) {
      const old = previous[cardId];
      if (old && JSON.stringify(old) === JSON.stringify(list)) busy[cardId] = old;
    }
    store.setState({ peers, busy });
  };
  update();
  awareness.on('change', update);
  return () => awareness.off('change', update);
}
