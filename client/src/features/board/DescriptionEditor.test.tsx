import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import {
  addCard,
  cardDescription,
  type CardId,
  type ColumnId,
  type LaneId,
} from '@orderlane/shared';
import { useLocaleStore } from '../../store/localeStore';
import { member, withSession } from '../../test/session';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { DescriptionEditor } from './DescriptionEditor';

const maxMerch = member('u0', 'Max Merch');
withSession([maxMerch, member('u1', 'Zhou Jie')], maxMerch);

const CARD = 'c1' as CardId;

function setup(description: string) {
  const doc = new Y.Doc();
  addCard(
    doc,
    {
      id: CARD,
      columnId: 'col1' as ColumnId,
      laneId: 'lane1' as LaneId,
      position: 'a0',
      createdBy: null,
      description,
    },
    0,
  );
  // The editor reads only the document, its origin and the write permission.
  const value = { actions: { doc, origin: {} }, canWrite: true } as unknown as BoardContextValue;
  render(
    <BoardContext.Provider value={value}>
      <DescriptionEditor cardId={CARD} />
    </BoardContext.Provider>,
  );
  const area = screen.getByTestId<HTMLTextAreaElement>('description');
  const stored = () => cardDescription(doc, CARD)!.toString();
  /** Types at the end the way a browser does: value, caret, input event. */
  const typeAtEnd = (text: string) => {
    const value = area.value + text;
    fireEvent.input(area, { target: { value } });
    area.setSelectionRange(value.length, value.length);
    fireEvent.select(area);
  };
  return { doc, area, stored, typeAtEnd };
}

describe('the notes editor', () => {
  it('shows names while the notes keep the tokens', () => {
    const { area } = setup('Ask @{user:u1} and @{role:logistics}');
    expect(area.value).toBe('Ask @Zhou Jie and @Logistics');
    act(() => useLocaleStore.setState({ locale: 'zh' }));
    expect(area.value).toBe('Ask @Zhou Jie and @物流');
  });

  it('inserts the picked token, shows the name, and does not reopen on a shown name', () => {
    const { area, stored, typeAtEnd } = setup('Ask ');
    area.focus();
    area.setSelectionRange(4, 4);
    typeAtEnd('@logi');
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('@Logistics');
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(stored()).toBe('Ask @{role:logistics} ');
    expect(area.value).toBe('Ask @Logistics ');
    expect(area.selectionStart).toBe(15);
    // The caret right after the name (space removed): the name is a mention, not a query.
    fireEvent.input(area, { target: { value: 'Ask @Logistics' } });
    area.setSelectionRange(14, 14);
    fireEvent.select(area);
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(stored()).toBe('Ask @{role:logistics}');
    // Backspace into the name removes the whole mention.
    fireEvent.input(area, { target: { value: 'Ask @Logistic' } });
    expect(stored()).toBe('Ask ');
    expect(area.value).toBe('Ask ');
  });
});
