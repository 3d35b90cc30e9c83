import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionItemsMap,
  addActionItem,
  addMeeting,
  agendaItemNotes,
  agendaItemsMap,
  getMeeting,
  listAgendaItems,
  meetingsMap,
  readActionItem,
  readAgendaItem,
  readMeeting,
  readLegacyAttendees,
  readMeetingClock,
  updateActionItem,
} from './meetingDoc';
import { entryOf } from './docReaders';
import { idleClock } from '../domain/meetings/meetingClock';

function raw(map: Y.Map<unknown>, id: string, fields: Record<string, unknown>) {
  const m = new Y.Map<unknown>();
  map.set(id, m);
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
}

describe('meeting document', () => {
  it('reads junk written by another peer as defaults, never throwing', () => {
    const doc = new Y.Doc();
    const m = raw(meetingsMap(doc), 'm', {
      date: 'soon',
      status: 'party',
      attendees: 'all',
      startedAt: 'x',
      groupBy: 7,
    });
    expect(readMeeting('m', m)).toMatchObject({
      date: '1970-01-01',
      status: 'planned',
      attendeeIds: [],
      startedAt: null,
      groupBy: 'lane',
    });
    const i = raw(agendaItemsMap(doc), 'i', {
      kind: 'pizza',
      source: 1,
      timeboxSeconds: -5,
      discussed: 'yes',
      notes: 'plain',
      decision: 3,
    });
    expect(readAgendaItem('i', i)).toMatchObject({
      kind: 'topic',
      source: 'person',
      timeboxSeconds: null,
      discussed: false,
      notes: 'plain',
      decision: '',
    });
    // A plain-string note is upgraded to a Y.Text so an editor can bind it.
    expect(agendaItemNotes(doc, 'i')!.toString()).toBe('plain');
    const a = raw(actionItemsMap(doc), 'a', {
      ownerId: 5,
      dueDate: 'friday',
      done: 1,
      pdcaPhase: 'panic',
    });
    expect(readActionItem('a', a)).toMatchObject({
      ownerId: null,
      dueDate: null,
      done: false,
      pdcaPhase: null,
    });
    expect(readMeetingClock(doc, 'm')).toBeNull();
  });

  it("reads an older document's attendees with their times, and orders agenda items", () => {
    const a = new Y.Doc();
    addMeeting(a, { id: 'm', date: '2026-11-23', createdBy: 'u1' }, 1);
    // An older document's shape: the attendees map came with the meeting.
    entryOf(meetingsMap(a), 'm')!.set('attendees', new Y.Map());
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    (entryOf(meetingsMap(a), 'm')!.get('attendees') as Y.Map<unknown>).set('u1', 5);
    (entryOf(meetingsMap(b), 'm')!.get('attendees') as Y.Map<unknown>).set('u2', 6);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const both = [
      { userId: 'u1', at: 5 },
      { userId: 'u2', at: 6 },
    ];
    expect(readLegacyAttendees(a, 'm')).toEqual(both);
    expect(readLegacyAttendees(b, 'm')).toEqual(both);
    // Never the entry's: attendance is the server's.
    expect(getMeeting(a, 'm')!.attendeeIds).toEqual([]);
    raw(agendaItemsMap(a), 'z', { meetingId: 'm', position: 'V' });
    raw(agendaItemsMap(a), 'y', { meetingId: 'm', position: 'A' });
    raw(agendaItemsMap(a), 'x', { meetingId: 'other', position: 'B' });
    expect(listAgendaItems(a, 'm').map((i) => i.id)).toEqual(['y', 'z']);
  });

  it('stamps doneAt when an action item is done and clears it when reopened', () => {
    const doc = new Y.Doc();
    addActionItem(doc, { id: 'a', title: 'Book', position: 'V' }, 1);
    updateActionItem(doc, 'a', { done: true }, 50);
    expect(readActionItem('a', entryOf(actionItemsMap(doc), 'a')!)).toMatchObject({
      done: true,
      doneAt: 50,
    });
    updateActionItem(doc, 'a', { done: false }, 60);
    expect(readActionItem('a', entryOf(actionItemsMap(doc), 'a')!)).toMatchObject({
      done: false,
      doneAt: null,
    });
  });

  it("reads an older document's clock mirror", () => {
    const doc = new Y.Doc();
    addMeeting(doc, { id: 'm', date: '2026-11-23', createdBy: null }, 1);
    const state = {
      ...idleClock('m'),
      running: true,
      startedAt: 5,
      currentItemId: 'i',
      revision: 3,
    };
    entryOf(meetingsMap(doc), 'm')!.set('clock', { ...state });
    expect(readMeetingClock(doc, 'm')).toEqual(state);
  });
});
