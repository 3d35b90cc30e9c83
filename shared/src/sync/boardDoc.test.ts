import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_CARD_FIELDS } from '../domain/card';
import type { CardId, ColumnId, LaneId } from '../domain/ids';
import {
  addCard,
  cardDescription,
  cardsMap,
  columnsMap,
  deleteCard,
  getCard,
  lanesMap,
  listColumns,
  listLanes,
  readCard,
  readMeta,
  updateCard,
  type NewCard,
} from './boardDoc';
import { entryOf } from './docReaders';

/** A card map as some other program (an old client, a script, any Yjs peer) might write it. */
function rawCard(doc: Y.Doc, id: string, fields: Record<string, unknown>) {
  const map = new Y.Map<unknown>();
  cardsMap(doc).set(id, map);
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

describe('readCard', () => {
  it('falls back to defaults for junk values and never throws', () => {
    const doc = new Y.Doc();
    const map = rawCard(doc, 'junk', {
      title: 42,
      columnId: null,
      laneId: { nested: true },
      position: 7,
      orderNo: ['x'],
      customer: undefined,
      customerTier: 'platinum',
      product: false,
      quantity: Number.NaN,
      unit: 3,
      incoterm: 'XYZ',
      portOfLoading: null,
      portOfDestination: 1,
      ownerId: 99,
      dueDate: 'tomorrow',
      eta: 20260101,
      priority: 'whenever',
      risks: [
        null,
        'supply',
        { kind: 'supply', severity: 'high', note: 'late fabric' },
        { kind: 'alien' },
      ],
      createdAt: 'yesterday',
      createdBy: 5,
      updatedAt: Infinity,
      description: 'not a Y.Text',
    });
    const card = readCard('junk', map);
    expect(card).toEqual({
      ...DEFAULT_CARD_FIELDS,
      id: 'junk',
      columnId: '',
      laneId: '',
      position: '',
      risks: [{ kind: 'supply', severity: 'high', note: 'late fabric' }],
      createdAt: 0,
      createdBy: null,
      updatedAt: 0,
    });
    expect(cardDescription(doc, 'junk' as CardId)).toBeUndefined();
  });

  it('reads an empty map as a default card', () => {
    const doc = new Y.Doc();
    const card = readCard('empty', rawCard(doc, 'empty', {}));
    expect(card.priority).toBe('normal');
    expect(card.risks).toEqual([]);
    expect(card.quantity).toBeNull();
  });

  it('keeps well-formed values', () => {
    const doc = new Y.Doc();
    const fields = {
      columnId: 'c',
      laneId: 'l',
      position: 'V',
      customerTier: 'key',
      quantity: 1200,
      incoterm: 'FOB',
      dueDate: '2026-04-01',
      eta: '2026-05-10',
      priority: 'urgent',
      ownerId: 'u1',
    };
    const map = rawCard(doc, 'good', {
      ...fields,
      risks: [{ kind: 'logistics', severity: 'medium' }],
    });
    const card = readCard('good', map);
    // A risk without a note reads with an empty one.
    expect(card).toMatchObject({
      ...fields,
      risks: [{ kind: 'logistics', severity: 'medium', note: '' }],
    });
  });
});

describe('columns and lanes', () => {
  it('reads junk stage, role and limits defensively', () => {
    const doc = new Y.Doc();
    const column = new Y.Map<unknown>();
    columnsMap(doc).set('c', column);
    column.set('title', 'Inquiry');
    column.set('position', 'V');
    column.set('stage', 'teleport');
    column.set('wipLimit', 'ten');
    const lane = new Y.Map<unknown>();
    lanesMap(doc).set('l', lane);
    lane.set('role', 'wizard');
    lane.set('position', 3);
    expect(listColumns(doc)).toEqual([{ id: 'c', title: 'Inquiry', position: 'V' }]);
    expect(listLanes(doc)).toEqual([{ id: 'l', title: '', position: '' }]);
  });

  it('reads junk meta as an order board', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('kind', 'party');
    doc.getMap('meta').set('cadence', 'hourly');
    expect(readMeta(doc)).toEqual({ title: '', kind: 'orders' });
  });
});

describe('card writes', () => {
  const c = 'c' as ColumnId;
  const l = 'l' as LaneId;
  /** Card `a` in cell (c, l), with these fields. */
  const cardA = (fields: Partial<NewCard> = {}): NewCard => ({
    id: 'a' as CardId,
    columnId: c,
    laneId: l,
    position: 'V',
    createdBy: null,
    ...fields,
  });

  it('adds a card with defaults and a live description', () => {
    const doc = new Y.Doc();
    addCard(doc, cardA({ description: 'hi' }), 5);
    expect(getCard(doc, 'a' as CardId)).toMatchObject({
      createdAt: 5,
      updatedAt: 5,
      priority: 'normal',
    });
    expect(cardDescription(doc, 'a' as CardId)!.toString()).toBe('hi');
  });

  it('fills fields passed as undefined with their defaults', () => {
    const doc = new Y.Doc();
    addCard(doc, cardA({ priority: undefined, risks: undefined }), 5);
    const map = entryOf(cardsMap(doc), 'a')!;
    expect(map.get('priority')).toBe('normal');
    expect(map.get('risks')).toEqual([]);
  });

  it('updates fields in one transaction and ignores unknown cards', () => {
    const doc = new Y.Doc();
    addCard(doc, cardA(), 5);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(updateCard(doc, 'a' as CardId, { title: 'T', priority: 'high', quantity: 3 }, 9)).toBe(
      true,
    );
    expect(updates).toBe(1);
    expect(getCard(doc, 'a' as CardId)).toMatchObject({
      title: 'T',
      priority: 'high',
      quantity: 3,
      updatedAt: 9,
    });
    expect(updateCard(doc, 'b' as CardId, { title: 'T' }, 9)).toBe(false);
    expect(deleteCard(doc, 'a' as CardId)).toBe(true);
    expect(deleteCard(doc, 'a' as CardId)).toBe(false);
    expect(getCard(doc, 'a' as CardId)).toBeUndefined();
  });
});
