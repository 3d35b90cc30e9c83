/**
 * Real Yjs updates a hostile member can make on its own replica of a board: junk cards, fields of
 * the wrong type, nested types where the schema wants scalars, junk in meeting records. They are
 * legitimate writes (any member may write anything), so they never touch the honest clients'
 * cards: what the fuzz checks is that the server keeps honest edits, not that it censors members.
 */
import * as Y from 'yjs';
import {
  actionItemsMap,
  addCard,
  agendaItemsMap,
  cardsMap,
  columnsMap,
  listColumns,
  listLanes,
  makeId,
  meetingsMap,
  metaMap,
  type CardId,
} from '@orderlane/shared';
import type { Rng } from './fuzzRandom';

function junkValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 7 : 10)) {
    case 0:
      return rng.pick([NaN, Infinity, -1, 0, 2 ** 53, -0.5, 1e308]);
    case 1:
      return rng.pick(['', ' ', '\u0000', '\ud800', 'x'.repeat(1 + rng.int(5_000)), '__proto__']);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return rng.int(1_000_000);
    case 5:
      return new Uint8Array(rng.int(64));
    case 6:
      return '2026-13-45';
    case 7:
      return Array.from({ length: rng.int(5) }, () => junkValue(rng, depth + 1));
    case 8:
      return Object.fromEntries(
        Array.from({ length: rng.int(4) }, (_, i) => [`k${i}`, junkValue(rng, depth + 1)]),
      );
    default: {
      const kind = rng.int(3);
      if (kind === 0) return new Y.Text('junk');
      if (kind === 1) return Y.Array.from([1, 'two', null]);
      return new Y.Map<unknown>([['position', junkValue(rng, depth + 1)]]);
    }
  }
}

const CARD_KEYS = ['title', 'columnId', 'laneId', 'position', 'risks', 'description', 'dueDate'];
const MEETING_KEYS = ['status', 'date', 'startedAt', 'endedAt', 'currentItemId', 'facilitatorId'];
const MEETING_ITEM_KEYS = ['meetingId', 'cardId', 'position', 'ownerId', 'status', 'title'];

/** A replica holding this many junk cards deletes one instead: the board stays a steady size. */
const HOSTILE_CARDS_MAX = 30;

export interface HostileReplica {
  doc: Y.Doc;
  /** Cards this replica added: the only cards it rewrites. */
  ownCards: CardId[];
}

/** One random write on the replica, as the update it produced (null when nothing changed). */
export function hostileEdit(
  replica: HostileReplica,
  rng: Rng,
  meetingIds: readonly string[],
): Uint8Array | null {
  const { doc } = replica;
  const updates: Uint8Array[] = [];
  const capture = (update: Uint8Array) => updates.push(update);
  doc.on('update', capture);
  try {
    doc.transact(() => write(replica, rng, meetingIds));
  } finally {
    doc.off('update', capture);
  }
  return updates.length === 0 ? null : Y.mergeUpdates(updates);
}

function write(replica: HostileReplica, rng: Rng, meetingIds: readonly string[]): void {
  const { doc } = replica;
  const isMeetingBoard = metaMap(doc).get('kind') === 'meeting';
  const r = rng.int(10);
  if (isMeetingBoard && r < 6) {
    const map = rng.pick([meetingsMap, agendaItemsMap, actionItemsMap])(doc);
    const id = rng.chance(0.6) && meetingIds.length > 0 ? rng.pick(meetingIds) : makeId(rng);
    const record = map.get(id);
    if (record instanceof Y.Map && rng.chance(0.8)) {
      record.set(rng.pick([...MEETING_KEYS, ...MEETING_ITEM_KEYS]), junkValue(rng));
    } else {
      // The record itself replaced by a scalar, or a new record made of junk fields.
      map.set(
        id,
        rng.chance(0.3)
          ? (junkValue(rng) as Y.Map<unknown>)
          : new Y.Map<unknown>(MEETING_ITEM_KEYS.map((k) => [k, junkValue(rng)])),
      );
    }
    return;
  }
  const ownCard = replica.ownCards.length > 0 ? rng.pick(replica.ownCards) : undefined;
  const ownMap = ownCard ? cardsMap(doc).get(ownCard) : undefined;
  if (ownCard && replica.ownCards.length >= HOSTILE_CARDS_MAX) {
    cardsMap(doc).delete(ownCard);
    replica.ownCards = replica.ownCards.filter((id) => id !== ownCard);
    return;
  }
  if (r < 4 || !ownCard || !(ownMap instanceof Y.Map)) {
    const column = listColumns(doc)[0];
    const lane = listLanes(doc)[0];
    const id = makeId(rng) as CardId;
    addCard(
      doc,
      {
        id,
        columnId: (column?.id ?? 'nowhere') as never,
        laneId: (lane?.id ?? 'nowhere') as never,
        position: rng.pick(['a0', '', 'zzzz', '\u0000', 'a'.repeat(300), '0.5']),
        createdBy: null,
        title: `hostile ${rng.int(1e6)}`,
      },
      Date.now(),
    );
    replica.ownCards.push(id);
    return;
  }
  if (r < 7) {
    ownMap.set(rng.pick(CARD_KEYS), junkValue(rng));
  } else if (r < 8) {
    const description = ownMap.get('description');
    if (description instanceof Y.Text) description.insert(0, 'y'.repeat(1 + rng.int(20_000)));
    else ownMap.delete('description');
  } else if (r < 9) {
    columnsMap(doc).set(
      `junk${rng.int(1000)}`,
      new Y.Map<unknown>([
        ['title', junkValue(rng)],
        ['position', junkValue(rng)],
        ['wipLimit', junkValue(rng)],
      ]),
    );
  } else {
    cardsMap(doc).delete(ownCard);
    replica.ownCards = replica.ownCards.filter((id) => id !== ownCard);
  }
}
