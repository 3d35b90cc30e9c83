import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { addAgendaItem, addMeeting, agendaItemsMap, entryOf } from '@orderlane/shared';
import { createMeetingActions } from '../../sync/meetingActions';
import { ItemText } from './ItemText';
import { MeetingContext, type MeetingContextValue } from './MeetingContext';

afterEach(cleanup);

/** A stored item whose notes a peer left as a plain string, shown to someone. */
function show(canWrite: boolean) {
  const doc = new Y.Doc();
  addMeeting(doc, { id: 'm1', date: '2026-12-04', createdBy: null }, 1);
  addAgendaItem(doc, { id: 'i1', meetingId: 'm1', title: 'PO-7', position: 'a0' }, 2);
  entryOf(agendaItemsMap(doc), 'i1')!.set('notes', 'from a peer');
  const origin = { client: 'board-ui' };
  const context = {
    doc,
    actions: createMeetingActions(doc, origin, 'u1'),
    canWrite,
    materialize: () => {},
  } as unknown as MeetingContextValue;
  const updates: unknown[] = [];
  doc.on('update', (_u: Uint8Array, o: unknown) => updates.push(o));
  render(
    <MeetingContext.Provider value={context}>
      <ItemText itemId="i1" stored field="notes" label="Notes" hint="" rows={2} />
    </MeetingContext.Provider>,
  );
  return { doc, origin, updates, area: screen.getByTestId('item-notes') as HTMLTextAreaElement };
}

describe('ItemText', () => {
  it('writes nothing for a viewer who opens and focuses the item', () => {
    const { updates, area } = show(false);
    act(() => void fireEvent.focus(area));
    expect(updates).toEqual([]);
    expect(area.readOnly).toBe(true);
  });

  it("turns a peer's plain notes into a Y.Text, with the origin, when a member starts typing", () => {
    const { doc, origin, updates, area } = show(true);
    expect(updates).toEqual([]);
    act(() => void fireEvent.focus(area));
    expect(updates).toEqual([origin]);
    expect(entryOf(agendaItemsMap(doc), 'i1')!.get('notes')).toBeInstanceOf(Y.Text);
    expect(area.value).toBe('from a peer');
  });
});
