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
  private timers: NodeJS.Timeout[] = [];
  private phase: Phase = 'baseline';
  private url: string;

  constructor(private readonly options: HonestEditorsOptions) {
    this.url = options.url;
    for (let index = 0; index < options.count; index++) {
      const doc = new Y.Doc();
      const editor: Editor = { index, doc, client: null as never, acked: 0, cards: [], pending: [] };
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
   * Acknowledged edits missing from `doc`. Per card, its latest acknowledged edit must show
   * (title = its marker, in its column), or a later edit of ours must (it superseded it).
   * Also the honest client ids whose acknowledged structs the doc does not hold.
   */
  verify(doc: Y.Doc): { lost: HonestEdit[]; shortClients: number } {
    const byCard = new Map<CardId, HonestEdit[]>();
    for (const edit of this.edits) {
      const list = byCard.get(edit.cardId) ?? [];
      list.push(edit);
      byCard.set(edit.cardId, list);
    }
    const lost: HonestEdit[] = [];
    for (const [cardId, edits] of byCard) {
      const acked = edits.filter((e) => e.ackedAt !== undefined);
      if (acked.length === 0) continue;
      const card: unknown = cardsMap(doc).get(cardId);
      const shown =
        card instanceof Y.Map
          ? edits.findIndex(
              (e) => e.marker === card.get('title') && e.columnId === card.get('columnId'),
            )
          : -1;
      const lastAcked = edits.indexOf(acked[acked.length - 1]!);
      if (shown < lastAcked) lost.push(...acked.filter((e) => edits.indexOf(e) > shown));
    }
    const shortClients = this.editors.filter(
      (e) => Y.getState(doc.store, e.doc.clientID) < e.acked,
    ).length;
    return { lost, shortClients };
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
    return connectBoard(this.url, boardId, {
      cookie,
      origin,
      doc: editor.doc,
      trackEcho: false,
      onMessage,
    });
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
    const move = editor.cards.length >= 3 && rng.chance(0.5);
    const cardId = move ? rng.pick(editor.cards) : (makeId(rng) as CardId);
    doc.transact(() => {
      if (!move) {
        addCard(doc, { id: cardId, columnId, laneId, position: 'a0', createdBy: null, title: marker }, now);
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
