/**
 * The board document (docs/board-document.md): typed accessors that read and write a Y.Doc.
 * Every ordered collection is a Y.Map keyed by id whose values are Y.Maps carrying `position`.
 */
import * as Y from 'yjs';
import { MEETING_CADENCES, type BoardMeta, type Column, type Lane } from '../domain/board';
import {
  BLOCKED_REASON_MAX,
  CUSTOMER_TIERS,
  DEFAULT_CARD_FIELDS,
  INCOTERMS,
  PRIORITIES,
  riskSchema,
  type Card,
  type CardFields,
  type CardPatch,
  type Risk,
} from '../domain/card';
import type { CardId, ColumnId, LaneId, UserId } from '../domain/ids';
import { compareByPosition } from '../domain/position';
import { isRoleKey } from '../domain/roles';
import { isStageKey } from '../domain/stages';
import {
  entryOf,
  readAnyStringOrNull,
  readEntries,
  readEntry,
  readIsoDate,
  readNumber,
  readOneOf,
  readString,
  readStringOrNull,
  readYText,
  recordOf,
} from './docReaders';

export const ROOT = {
  meta: 'meta',
  columns: 'columns',
  lanes: 'lanes',
  cards: 'cards',
} as const;

export const metaMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.meta);
// Typed as maps of unknown: an entry is whatever a peer wrote until `entryOf` says it is a map.
export const columnsMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.columns);
export const lanesMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.lanes);
export const cardsMap = (doc: Y.Doc) => doc.getMap<unknown>(ROOT.cards);

/** Well-formed risks only: one bad entry must not hide the others or crash a renderer. */
function readRisks(value: unknown): Risk[] {
  if (!Array.isArray(value)) return [];
  const risks: Risk[] = [];
  for (const item of value) {
    const parsed = riskSchema.safeParse(item);
    if (parsed.success) risks.push(parsed.data);
  }
  return risks;
}

/** A blocked reason is a string; anything else (a missing key on an older card too) is not blocked. */
function readBlocked(value: unknown): string | null {
  return readAnyStringOrNull(value)?.slice(0, BLOCKED_REASON_MAX) ?? null;
}

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaMap(doc);
  const cadence = readOneOf(MEETING_CADENCES, meta.get('cadence'));
  return {
    title: readString(meta.get('title')),
    kind: meta.get('kind') === 'meeting' ? 'meeting' : 'orders',
    ...(cadence ? { cadence } : {}),
  };
}

function readColumn(id: string, entry: unknown): Column {
  const map = recordOf(entry);
  const column: Column = {
    id: id as ColumnId,
    title: readString(map.get('title')),
    position: readString(map.get('position')),
  };
  const stage = map.get('stage');
  if (isStageKey(stage)) column.stage = stage;
  const wipLimit = readNumber(map.get('wipLimit'));
  if (wipLimit !== null) column.wipLimit = wipLimit;
  const slaHours = readNumber(map.get('slaHours'));
  if (slaHours !== null) column.slaHours = slaHours;
  return column;
}

function readLane(id: string, entry: unknown): Lane {
  const map = recordOf(entry);
  const lane: Lane = {
    id: id as LaneId,
    title: readString(map.get('title')),
    position: readString(map.get('position')),
  };
  const role = map.get('role');
  if (isRoleKey(role)) lane.role = role;
  return lane;
}

/** Reads a card defensively: a field some other program wrote badly falls back to its default. */
export function readCard(id: string, entry: unknown): Card {
  const d = DEFAULT_CARD_FIELDS;
  const map = recordOf(entry);
  const get = (key: string) => map.get(key);
  const quantity = readNumber(get('quantity'));
  return {
    id: id as CardId,
    columnId: readString(get('columnId')) as ColumnId,
    laneId: readString(get('laneId')) as LaneId,
    position: readString(get('position')),
    title: readString(get('title')),
    orderNo: readString(get('orderNo')),
    customer: readString(get('customer')),
    customerTier: readOneOf(CUSTOMER_TIERS, get('customerTier')) ?? d.customerTier,
    product: readString(get('product')),
    quantity: quantity !== null && quantity >= 0 ? quantity : null,
    unit: readString(get('unit')),
    incoterm: readOneOf(INCOTERMS, get('incoterm')),
    portOfLoading: readString(get('portOfLoading')),
    portOfDestination: readString(get('portOfDestination')),
    ownerId: readStringOrNull(get('ownerId')),
    dueDate: readIsoDate(get('dueDate')),
    eta: readIsoDate(get('eta')),
    priority: readOneOf(PRIORITIES, get('priority')) ?? d.priority,
    risks: readRisks(get('risks')),
    blocked: readBlocked(get('blocked')),
    createdAt: readNumber(get('createdAt')) ?? 0,
    createdBy: readStringOrNull(get('createdBy')) as UserId | null,
    updatedAt: readNumber(get('updatedAt')) ?? 0,
  };
}

export function listColumns(doc: Y.Doc): Column[] {
  return readEntries(columnsMap(doc), readColumn).sort(compareByPosition);
}

export function listLanes(doc: Y.Doc): Lane[] {
  return readEntries(lanesMap(doc), readLane).sort(compareByPosition);
}

export function listCards(doc: Y.Doc): Card[] {
  return readEntries(cardsMap(doc), readCard);
}

export function getCard(doc: Y.Doc, id: CardId): Card | undefined {
  return readEntry(cardsMap(doc), id, readCard);
}

/** The card's description, a Y.Text inside the card map (created with the card). */
export function cardDescription(doc: Y.Doc, id: CardId): Y.Text | undefined {
  return readYText(entryOf(cardsMap(doc), id)?.get('description'));
}

export interface NewCard extends Partial<CardFields> {
  id: CardId;
  columnId: ColumnId;
  laneId: LaneId;
  position: string;
  createdBy: UserId | null;
  description?: string;
}

/** Adds a card. Call inside a transaction when it is part of a larger change. */
export function addCard(doc: Y.Doc, card: NewCard, now: number): void {
  const map = new Y.Map<unknown>();
  const { description, ...rest } = card;
  // A field passed as undefined keeps its default rather than storing undefined in the doc.
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  const fields = { ...DEFAULT_CARD_FIELDS, ...given, createdAt: now, updatedAt: now };
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  map.set('description', new Y.Text(description ?? ''));
  cardsMap(doc).set(card.id, map);
}

/** Writes the given fields of a card in one transaction; unknown cards are ignored. */
export function updateCard(doc: Y.Doc, id: CardId, patch: CardPatch, now: number): boolean {
  const map = entryOf(cardsMap(doc), id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value);
    }
    map.set('updatedAt', now);
  });
  return true;
}

export function deleteCard(doc: Y.Doc, id: CardId): boolean {
  const cards = cardsMap(doc);
  if (!cards.has(id)) return false;
  cards.delete(id);
  return true;
}

export function addColumn(doc: Y.Doc, column: Column): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(column)) if (key !== 'id') map.set(key, value);
  columnsMap(doc).set(column.id, map);
}

export function addLane(doc: Y.Doc, lane: Lane): void {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(lane)) if (key !== 'id') map.set(key, value);
  lanesMap(doc).set(lane.id, map);
}
