import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addActionItem,
  addAgendaItem,
  addMeeting,
  agendaItemNotes,
  agendaItemsMap,
  initMeetingSeries,
  listActionItems,
  listAgendaItems,
  listMeetings,
  metaMap,
  updateAgendaItem,
  updateMeeting,
} from '@orderlane/shared';
import { createMeetingSeriesStore } from '../store/meetingSeriesStore';
import { relay } from './testing/boardDocs';
import { bindMeetingSeries } from './bindMeetingSeries';

function series() {
  const doc = new Y.Doc();
  initMeetingSeries(doc, { sourceBoardIds: ['b1'], facilitatorId: 'u1' });
  metaMap(doc).set('kind', 'meeting');
  metaMap(doc).set('title', 'Daily');
  addMeeting(doc, { id: 'm1', date: '2026-12-03', createdBy: null }, 1);
  addMeeting(doc, { id: 'm2', date: '2026-12-04', createdBy: null }, 2);
  const item = (id: string, position: string) =>
    addAgendaItem(doc, { id, meetingId: 'm2', title: id, position }, 3);
  item('a', 'a1');
  item('b', 'a2');
  addActionItem(doc, { id: 'x', title: 'Call the factory', position: 'a0' }, 4);
  return { doc, item };
}

function bound(doc: Y.Doc) {
  const store = createMeetingSeriesStore();
  bindMeetingSeries(doc, store);
  return store;
}

describe('bindMeetingSeries', () => {
  it('holds what the shared readers read, on load and after every change', () => {
    const { doc, item } = series();
    const store = bound(doc);
    const matches = () =>
      expect(store.getState()).toMatchObject({
        meta: { title: 'Daily', kind: 'meeting' },
        facilitatorId: 'u1',
        sourceBoardIds: ['b1'],
        meetings: listMeetings(doc),
        agendaItems: listAgendaItems(doc),
        actionItems: listActionItems(doc),
      });
    matches();
    item('c', 'a0');
    updateAgendaItem(doc, 'a', { position: 'a3', discussed: true });
    agendaItemNotes(doc, 'b')!.insert(0, 'late container');
    updateMeeting(doc, 'm1', { groupBy: 'owner' });
    agendaItemsMap(doc).delete('c');
    matches();
    expect(store.getState().agendaItems.map((i) => [i.id, i.notes])).toEqual([
      ['b', 'late container'],
      ['a', ''],
    ]);
  });

  it('reads again only the entries a change touched; the rest keep their objects', () => {
    const { doc } = series();
    const store = bound(doc);
    const before = store.getState();
    agendaItemNotes(doc, 'a')!.insert(0, 'PO-7 ships Friday');
    const after = store.getState();
    expect(after.agendaItems[0]).not.toBe(before.agendaItems[0]);
    expect(after.agendaItems[0]!.notes).toBe('PO-7 ships Friday');
    expect(after.agendaItems[1]).toBe(before.agendaItems[1]);
    expect(after.meetings).toBe(before.meetings);
    expect(after.actionItems).toBe(before.actionItems);
    expect(after.meta).toBe(before.meta);
  });

  it('follows a peer, and ignores junk a peer writes into a collection', () => {
    const { doc } = series();
    const peer = new Y.Doc();
    relay(doc, peer);
    const store = bound(doc);
    agendaItemsMap(peer).set('junk', 'not an item');
    updateAgendaItem(peer, 'b', { title: 'Renamed by a peer' });
    expect(store.getState().agendaItems.map((i) => [i.id, i.title])).toEqual([
      ['a', 'a'],
      ['b', 'Renamed by a peer'],
    ]);
  });

  it('stops following once unbound', () => {
    const { doc } = series();
    const store = createMeetingSeriesStore();
    const stop = bindMeetingSeries(doc, store);
    stop();
    updateAgendaItem(doc, 'a', { title: 'After' });
    metaMap(doc).set('title', 'Weekly');
    expect(store.getState().agendaItems[0]!.title).toBe('a');
    expect(store.getState().meta.title).toBe('Daily');
  });
});
