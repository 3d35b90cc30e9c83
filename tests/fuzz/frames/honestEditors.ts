/**
 * The honest side of the frame fuzz: y-websocket providers that keep adding and moving their own
 * cards at a steady rate, each edit stamped with a unique marker (the card's title). An edit is
 * acknowledged when the server echoes our structs back, or when a state vector it sends us (its
 * sync step 1 after a reconnect) covers them; latency = edit → acknowledgement.
 * `verify` checks a document against every acknowledged edit.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  addCard,
  cardsMap,
  listColumns,
  listLanes,
  makeId,
  moveCard,
  updateCard,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { connectBoard, type BoardClient } from '../../support/yjsClient';
import type { Rng } from './fuzzRandom';

export type Phase = 'baseline' | 'fuzz';

/** Past this many cards an honest client only moves its cards: the board stays a steady size. */
const HONEST_CARDS_MAX = 60;

export interface HonestEdit {
  client: number;
  kind: 'add' | 'move';
  marker: string;
  cardId: CardId;
  columnId: string;
  /** Our clock just past this edit: acknowledged once the server holds our structs up to it. */
  clockEnd: number;
  phase: Phase;
  sentAt: number;
  ackedAt?: number;
}

interface Editor {
  index: number;
  doc: Y.Doc;
  client: BoardClient;
  /** Highest clock of ours the server is known to hold. */
  acked: number;
  cards: CardId[];
  pending: HonestEdit[];
}

/** The highest clock of `clientId` in an incoming sync message (echoed structs or a state vector). */
function serverClockOf(data: Uint8Array, clientId: number): number {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== 0) return 0;
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === 0) return Y.decodeStateVector(payload).get(clientId) ?? 0;
    let end = 0;
    for (const struct of Y.decodeUpdate(payload).structs)
      if (struct.id.client === clientId) end = Math.max(end, struct.id.clock + struct.length);
    return end;
  } catch {
    return 0;
  }
}

function structAt(doc: Y.Doc, client: number, clock: number): Y.AbstractStruct | null {
  if (Y.getState(doc.store, client) <= clock) return null;
  try {
    return Y.getItem(doc.store, Y.createID(client, clock));
  } catch {
    return null;
  }
}

/**
 * Whether `doc` holds the struct of `edit` as its author wrote it (a deleted, garbage-collected
 * one counts: deleting is another member's right, `hidden` reports it).
 */
function sameStruct(author: Y.Doc, doc: Y.Doc, edit: HonestEdit): boolean {
  const clock = edit.clockEnd - 1;
  const theirs = structAt(doc, author.clientID, clock);
  if (!theirs) return false;
  const mine = structAt(author, author.clientID, clock);
  if (!(mine instanceof Y.Item) || !(theirs instanceof Y.Item)) return true;
  if (mine.deleted || theirs.deleted) return true;
  return (
    mine.parentSub === theirs.parentSub &&
    mine.content.constructor === theirs.content.constructor &&
    mine.content.getLength() === theirs.content.getLength() &&
    (mine.content instanceof Y.ContentType ||
      JSON.stringify(mine.content.getContent()) === JSON.stringify(theirs.content.getContent()))
  );
}

export interface HonestEditorsOptions {
  url: string;
  origin: string;
  cookie: string;
  boardId: string;
  count: number;
  /** Each editor makes one edit per interval. */
  intervalMs: number;
  rng: Rng;
}

export class HonestEditors {
  readonly edits: HonestEdit[] = [];
  private readonly editors: Editor[] = [];
  /** Close codes of the honest providers' connections (collateral damage of hostile frames). */
  readonly closeCodes = new Map<number, number>();
  private timers: NodeJS.Timeout[] = [];
  private phase: Phase = 'baseline';
  private url: string;

  constructor(private readonly options: HonestEditorsOptions) {
    this.url = options.url;
    for (let index = 0; index < options.count; index++) {
      const doc = new Y.Doc();
      const editor: Editor = {
        index,
        doc,
        client: null as never,
        acked: 0,
        cards: [],
        pending: [],
      };
      editor.client = this.connect(editor);
      this.editors.push(editor);
    }
  }

  /** The first editor's document: the live board, for the hostile side to build frames from. */
  get model(): Y.Doc {
    return this.editors[0]!.doc;
  }

  get clientIds(): number[] {
    return this.editors.map((e) => e.doc.clientID);
  }

  async waitForSync(): Promise<void> {
    await Promise.all(this.editors.map((e) => e.client.waitForSync(30_000)));
  }

  /** Starts (or switches the phase of) the steady edits. */
  start(phase: Phase): void {
    this.phase = phase;
    if (this.timers.length > 0) return;
    this.timers = this.editors.map((editor) =>
      setInterval(() => this.edit(editor), this.options.intervalMs),
    );
  }

  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  /** After a server restart: same documents (same client ids), new providers. */
  reconnect(url: string): void {
    this.url = url;
    for (const editor of this.editors) {
      editor.client.provider.destroy();
      editor.client = this.connect(editor);
    }
  }

  /** Resolves when every edit is acknowledged, or after `timeoutMs`; returns how many are not. */
  async waitForAcks(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.editors.some((e) => e.pending.length > 0))
      await new Promise((resolve) => setTimeout(resolve, 50));
    return this.editors.reduce((n, e) => n + e.pending.length, 0);
  }

  latencies(phase: Phase): number[] {
    return this.edits
      .filter((e) => e.phase === phase && e.ackedAt !== undefined)
      .map((e) => e.ackedAt! - e.sentAt);
  }

  /**
   * Checks `doc` against every acknowledged edit.
   * - `lost`: the server lost it: the doc lacks the edit's structs (our clock there is short of
   *   the edit's end). This is what the server promised by acknowledging.
   * - `hidden`: the structs are there but the card does not show the edit nor a later one of
   *   ours (title = marker, in its column): another member deleted or overwrote the card, which
   *   any member may do (a hostile one included); `found` says who wrote what is shown.
   */
  verify(doc: Y.Doc): {
    lost: HonestEdit[];
    hidden: HonestEdit[];
    found: Map<CardId, string>;
    /** Edits never acknowledged whose structs the doc holds anyway. */
    unackedStored: number;
  } {
    // Lost: the doc lacks the edit's last struct, or holds another struct under its id (someone
    // else wrote with our client id, and the server kept theirs instead of ours).
    const stored = (e: HonestEdit) => sameStruct(this.editors[e.client]!.doc, doc, e);
    const lost = this.edits.filter((e) => e.ackedAt !== undefined && !stored(e));
    const byCard = new Map<CardId, HonestEdit[]>();
    for (const edit of this.edits) {
      const list = byCard.get(edit.cardId) ?? [];
      list.push(edit);
      byCard.set(edit.cardId, list);
    }
    const hidden: HonestEdit[] = [];
    const found = new Map<CardId, string>();
    for (const [cardId, edits] of byCard) {
      const acked = edits.filter((e) => e.ackedAt !== undefined && !lost.includes(e));
      if (acked.length === 0) continue;
      const card: unknown = cardsMap(doc).get(cardId);
      const shown =
        card instanceof Y.Map
          ? edits.findIndex(
              (e) => e.marker === card.get('title') && e.columnId === card.get('columnId'),
            )
          : -1;
      const lastAcked = edits.indexOf(acked[acked.length - 1]!);
      if (shown < lastAcked) {
        hidden.push(...acked.filter((e) => edits.indexOf(e) > shown));
        found.set(cardId, this.describe(doc, cardId));
      }
    }
    const unacked = this.edits.filter((e) => e.ackedAt === undefined);
    const unackedStored = unacked.filter(stored).length;
    return { lost, hidden, found, unackedStored };
  }

  /** What a document holds of a card, and which client wrote its title and column (honest or not). */
  private describe(doc: Y.Doc, cardId: CardId): string {
    const card: unknown = cardsMap(doc).get(cardId);
    const entry = (cardsMap(doc) as unknown as { _map: Map<string, Y.Item> })._map.get(cardId);
    const writer = (item: Y.Item | undefined) => {
      if (!item) return 'nobody';
      const honest = this.clientIds.indexOf(item.id.client);
      return `${honest >= 0 ? `honest ${honest}` : `client ${item.id.client}`}@${item.id.clock}`;
    };
    if (!(card instanceof Y.Map))
      return `no card map (key written by ${writer(entry)}${entry?.deleted ? ', deleted' : ''})`;
    const fields = (card as unknown as { _map: Map<string, Y.Item> })._map;
    return ['title', 'columnId']
      .map((key) => `${key}=${JSON.stringify(card.get(key))} by ${writer(fields.get(key))}`)
      .join(', ');
  }

  destroy(): void {
    this.stop();
    for (const editor of this.editors) editor.client.destroy();
  }

  private connect(editor: Editor): BoardClient {
    const { cookie, origin, boardId } = this.options;
    const onMessage = (data: Uint8Array) => {
      const clock = serverClockOf(data, editor.doc.clientID);
      if (clock <= editor.acked) return;
      editor.acked = clock;
      const now = performance.now();
      editor.pending = editor.pending.filter((edit) => {
        if (edit.clockEnd > clock) return true;
        edit.ackedAt = now;
        return false;
      });
    };
    const client = connectBoard(this.url, boardId, {
      cookie,
      origin,
      doc: editor.doc,
      trackEcho: false,
      onMessage,
    });
    client.provider.on('connection-close', (event) => {
      if (event) this.closeCodes.set(event.code, (this.closeCodes.get(event.code) ?? 0) + 1);
    });
    return client;
  }

  private edit(editor: Editor): void {
    const { doc } = editor;
    const columns = listColumns(doc);
    const lanes = listLanes(doc).filter((l) => !l.id.startsWith('junk'));
    if (columns.length === 0 || lanes.length === 0) return;
    const { rng } = this.options;
    const columnId = rng.pick(columns).id as ColumnId;
    const laneId = rng.pick(lanes).id as LaneId;
    const marker = `honest-${editor.index}-${this.edits.length}`;
    const now = Date.now();
    const sentAt = performance.now();
    const move =
      editor.cards.length >= HONEST_CARDS_MAX || (editor.cards.length >= 3 && rng.chance(0.5));
    const cardId = move ? rng.pick(editor.cards) : (makeId(rng) as CardId);
    doc.transact(() => {
      if (!move) {
        addCard(
          doc,
          { id: cardId, columnId, laneId, position: 'a0', createdBy: null, title: marker },
          now,
        );
        editor.cards.push(cardId);
      } else {
        updateCard(doc, cardId, { title: marker }, now);
      }
      moveCard(doc, cardId, { columnId, laneId }, rng, now);
    });
    const edit: HonestEdit = {
      client: editor.index,
      kind: move ? 'move' : 'add',
      marker,
      cardId,
      columnId,
      clockEnd: Y.getState(doc.store, doc.clientID),
      phase: this.phase,
      sentAt,
    };
    this.edits.push(edit);
    editor.pending.push(edit);
  }
}
