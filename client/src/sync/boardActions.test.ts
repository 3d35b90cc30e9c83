import { describe, expect, it } from 'vitest';
import { cardDescription, getCard, updateCard, type CardId } from '@orderlane/shared';
import { orderBoardWithActions } from './testing/boardDocs';

const setup = orderBoardWithActions;

describe('board actions', () => {
  it('moves a card and writes the grouped field in one transaction', () => {
    const { doc, actions, columns, lanes } = setup();
    const id = actions.addCard(columns[0]!.id, lanes[0]!.id, { title: 'Mugs' });
    let updates = 0;
    doc.on('update', () => updates++);
    actions.moveCard(id, { columnId: columns[2]!.id, laneId: lanes[1]!.id }, { ownerId: 'u2' });
    expect(updates).toBe(1);
    const card = getCard(doc, id)!;
    expect([card.columnId, card.laneId, card.ownerId]).toEqual([
      columns[2]!.id,
      lanes[1]!.id,
      'u2',
    ]);
  });

  it('undoes only this client’s own edits', () => {
    const { doc, actions, columns, lanes } = setup();
    const id = actions.addCard(columns[0]!.id, lanes[0]!.id, { title: 'Mugs' });
    actions.undoManager.stopCapturing();
    actions.updateCard(id, { title: 'Mugs v2' });
    // Someone else's edit arrives (a remote origin), then this person undoes.
    updateCard(doc, id, { customer: 'Nordic' }, 5);
    actions.undo();
    expect(getCard(doc, id)!.title).toBe('Mugs');
    expect(getCard(doc, id)!.customer).toBe('Nordic');
    actions.redo();
    expect(getCard(doc, id)!.title).toBe('Mugs v2');
  });

  it('rejects invalid fields before writing', () => {
    const { actions, columns, lanes } = setup();
    const id = actions.addCard(columns[0]!.id, lanes[0]!.id, { title: 'Mugs' });
    expect(() => actions.updateCard(id, { dueDate: 'tomorrow' })).toThrow();
  });

  it('puts a deleted card back with its fields and notes', () => {
    const { doc, actions, columns, lanes } = setup();
    const id = actions.addCard(columns[3]!.id, lanes[2]!.id, { title: 'Racks', orderNo: 'PO-9' });
    cardDescription(doc, id)!.insert(0, 'Blue glaze');
    const restore = actions.deleteCard(id);
    expect(getCard(doc, id)).toBeUndefined();
    restore();
    const card = getCard(doc, id as CardId)!;
    expect([card.title, card.orderNo, card.columnId]).toEqual(['Racks', 'PO-9', columns[3]!.id]);
    expect(cardDescription(doc, id)!.toString()).toBe('Blue glaze');
  });
});
