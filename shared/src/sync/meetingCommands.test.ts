import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { AgendaEntry, AgendaView } from '../domain/meetings/agenda';
import { entryOf } from './docReaders';
import {
  agendaItemTextForEditing,
  editAgendaItem,
  reorderAgendaItem,
  setMeetingGroupBy,
} from './meetingCommands';
import {
  addMeeting,
  agendaItemsMap,
  getMeeting,
  listAgendaItems,
  readAgendaItemText,
} from './meetingDoc';

function entry(id: string, position: string, stored: boolean): AgendaEntry {
  return {
    id,
    stored,
    key: `card:${id}`,
    source: 'generated',
    kind: 'card',
    sectionKey: 'lane-a',
    title: id,
    position,
    timeboxSeconds: 60,
    discussed: false,
    notes: '',
    decision: '',
    reasons: [],
    card: null,
    actionItem: null,
  };
}

/** A meeting whose agenda shows two live suggestions, not yet in the document. */
function setup() {
  const doc = new Y.Doc();
  addMeeting(doc, { id: 'm1', date: '2026-12-04', createdBy: null }, 1);
  const view = {
    meetingId: 'm1',
    items: [entry('a', 'a0', false), entry('b', 'a1', false)],
  } as unknown as AgendaView;
  const origin = { client: 'meeting-ui' };
  const undo = new Y.UndoManager([agendaItemsMap(doc), doc.getMap('meetings')], {
    trackedOrigins: new Set([origin]),
  });
  return { doc, view, origin, undo };
}

describe('meeting commands', () => {
  it('write a suggestion and its change in one transaction with the origin', () => {
    const { doc, view, origin, undo } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    editAgendaItem(doc, view, 'a', { discussed: true }, 'u1', 5, origin);
    expect(origins).toEqual([origin]);
    expect(listAgendaItems(doc, 'm1').map((i) => [i.id, i.discussed])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    undo.undo();
    expect(listAgendaItems(doc, 'm1')).toEqual([]);
  });

  it('reorder and regroup with the origin, so undo takes them back', () => {
    const { doc, view, origin, undo } = setup();
    reorderAgendaItem(doc, view, 'a', { afterId: 'b' }, 'u1', () => 0.5, 5, origin);
    expect(listAgendaItems(doc, 'm1').map((i) => i.id)).toEqual(['b', 'a']);
    undo.stopCapturing();
    setMeetingGroupBy(doc, 'm1', 'owner', origin);
    expect(getMeeting(doc, 'm1')?.groupBy).toBe('owner');
    undo.undo();
    expect(getMeeting(doc, 'm1')?.groupBy).toBe('lane');
    undo.undo();
    expect(listAgendaItems(doc, 'm1')).toEqual([]);
  });

  it('reading an item text writes nothing; editing turns a peer’s plain string into a Y.Text', () => {
    const { doc, view, origin } = setup();
    editAgendaItem(doc, view, 'a', { discussed: true }, 'u1', 5, origin);
    entryOf(agendaItemsMap(doc), 'a')!.set('notes', 'typed by a peer');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(readAgendaItemText(doc, 'a', 'notes')).toBeUndefined();
    expect(readAgendaItemText(doc, 'missing', 'decision')).toBeUndefined();
    expect(updates).toHaveLength(0);
    const text = agendaItemTextForEditing(doc, 'a', 'notes', origin);
    expect(text?.toString()).toBe('typed by a peer');
    expect(readAgendaItemText(doc, 'a', 'notes')).toBe(text);
  });
});
