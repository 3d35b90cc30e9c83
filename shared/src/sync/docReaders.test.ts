import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  getActionItem,
  getMeeting,
  listActionItems,
  listAgendaItems,
  listMeetings,
  updateActionItem,
  updateAgendaItem,
  updateMeeting,
  agendaItemNotes,
} from './meetingDoc';
import { entriesOf, entryOf, readOneOf, readText } from './docReaders';

const JUNK: unknown[] = [7, 'entry', null, true, [1], { a: 1 }];

function junkDoc() {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const root of ['meetings', 'agendaItems', 'actionItems']) {
      const map = doc.getMap<unknown>(root);
      JUNK.forEach((value, i) => map.set(`j${i}`, value));
      map.set('arr', new Y.Array());
      map.set('txt', new Y.Text('t'));
      map.set('bad id', new Y.Map());
      map.set('ok', new Y.Map());
    }
  });
  return doc;
}

describe('docReaders', () => {
  it('yields only Y.Map entries under valid ids', () => {
    const doc = junkDoc();
    const meetings = doc.getMap<unknown>('meetings');
    expect(entriesOf(meetings).map(([id]) => id)).toEqual(['ok']);
    expect(entryOf(meetings, 'arr')).toBeUndefined();
    expect(entryOf(meetings, 'bad id')).toBeUndefined();
    expect(entryOf(meetings, 'ok')).toBeInstanceOf(Y.Map);
    expect(readOneOf(['a', 'b'], 'c')).toBeNull();
    expect(readText(7)).toBe('');
  });

  it('every meeting accessor skips or refuses junk entries without throwing', () => {
    const doc = junkDoc();
    expect(listMeetings(doc).map((m) => m.id)).toEqual(['ok']);
    expect(listAgendaItems(doc).map((i) => i.id)).toEqual(['ok']);
    expect(listActionItems(doc).map((i) => i.id)).toEqual(['ok']);
    for (const id of ['j0', 'j2', 'arr', 'txt', 'bad id']) {
      expect(getMeeting(doc, id)).toBeUndefined();
      expect(getActionItem(doc, id)).toBeUndefined();
      expect(updateMeeting(doc, id, { groupBy: 'owner' })).toBe(false);
      expect(updateAgendaItem(doc, id, { discussed: true })).toBe(false);
      expect(updateActionItem(doc, id, { done: true }, 1)).toBe(false);
      expect(agendaItemNotes(doc, id)).toBeUndefined();
    }
  });
});
