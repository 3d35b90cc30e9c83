/**
 * Agenda items in the series document: one Y.Map per item under `agendaItems`, ordered by
 * `position`, with collaborative notes and decision as Y.Text.
 */
import * as Y from 'yjs';
import { compareByPosition } from '../domain/position';
import type { AgendaItem } from '../domain/meetings/meetingTypes';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_SOURCES } from '../domain/meetings/meetingTypes';
import type { AgendaView } from '../domain/meetings/agenda';
import {
  entryOf,
  readBoolean,
  readNumber,
  readOneOf,
  readString,
  readEntries,
  readStringOrNull,
  readText,
  readYText,
  type YRecord,
} from './docReaders';
import { addEntry, agendaItemsMap, patchEntry } from './meetingFields';

export function readAgendaItem(id: string, map: YRecord): AgendaItem {
  const timebox = readNumber(map.get('timeboxSeconds'));
  return {
    id,
    meetingId: readString(map.get('meetingId')),
    source: readOneOf(AGENDA_ITEM_SOURCES, map.get('source')) ?? 'person',
    kind: readOneOf(AGENDA_ITEM_KINDS, map.get('kind')) ?? 'topic',
    key: readString(map.get('key')),
    sectionKey: readString(map.get('sectionKey')),
    boardId: readStringOrNull(map.get('boardId')),
    cardId: readStringOrNull(map.get('cardId')),
    actionItemId: readStringOrNull(map.get('actionItemId')),
    title: readString(map.get('title')),
    position: readString(map.get('position')),
    timeboxSeconds: timebox !== null && timebox > 0 ? timebox : null,
    discussed: readBoolean(map.get('discussed')),
    notes: readText(map.get('notes')),
    decision: readText(map.get('decision')),
    createdAt: readNumber(map.get('createdAt')) ?? 0,
    createdBy: readStringOrNull(map.get('createdBy')),
  };
}

/** The agenda items of one meeting (or all), in (position, id) order. */
export function listAgendaItems(doc: Y.Doc, meetingId?: string): AgendaItem[] {
  return readEntries(agendaItemsMap(doc), readAgendaItem)
    .filter((item) => meetingId === undefined || item.meetingId === meetingId)
    .sort(compareByPosition);
}

export type NewAgendaItem = Pick<AgendaItem, 'id' | 'meetingId' | 'title' | 'position'> &
  Partial<
    Pick<
      AgendaItem,
      | 'source'
      | 'kind'
      | 'key'
      | 'sectionKey'
      | 'boardId'
      | 'cardId'
      | 'actionItemId'
      | 'timeboxSeconds'
      | 'createdBy'
    >
  >;

export function addAgendaItem(doc: Y.Doc, item: NewAgendaItem, now: number): void {
  addEntry(doc, agendaItemsMap(doc), item.id, {
    meetingId: item.meetingId,
    source: item.source ?? 'person',
    kind: item.kind ?? 'topic',
    key: item.key ?? '',
    sectionKey: item.sectionKey ?? 'topics',
    boardId: item.boardId ?? null,
    cardId: item.cardId ?? null,
    actionItemId: item.actionItemId ?? null,
    title: item.title,
    position: item.position,
    timeboxSeconds: item.timeboxSeconds ?? null,
    discussed: false,
    notes: new Y.Text(),
    decision: new Y.Text(),
    createdAt: now,
    createdBy: item.createdBy ?? null,
  });
}

export type AgendaItemPatch = Partial<
  Pick<AgendaItem, 'title' | 'position' | 'timeboxSeconds' | 'discussed' | 'sectionKey'>
>;

export function updateAgendaItem(doc: Y.Doc, id: string, patch: AgendaItemPatch): boolean {
  return patchEntry(doc, agendaItemsMap(doc), id, patch);
}

/** The item's notes or decision as the Y.Text editors bind, if it is one; never writes. */
export function readAgendaItemText(
  doc: Y.Doc,
  id: string,
  key: 'notes' | 'decision',
): Y.Text | undefined {
  return readYText(entryOf(agendaItemsMap(doc), id)?.get(key));
}

function itemText(doc: Y.Doc, id: string, key: 'notes' | 'decision'): Y.Text | undefined {
  const map = entryOf(agendaItemsMap(doc), id);
  if (!map) return undefined;
  const value = map.get(key);
  const text = readYText(value);
  if (text) return text;
  // A peer wrote a plain string (or nothing): upgrade it so editors can bind a Y.Text.
  const upgraded = new Y.Text(readString(value));
  map.set(key, upgraded);
  return upgraded;
}

/** The item's live notes, for a collaborative editor. */
export const agendaItemNotes = (doc: Y.Doc, id: string) => itemText(doc, id, 'notes');
/** The item's decision text (a decision is recorded as such, apart from the notes). */
export const agendaItemDecision = (doc: Y.Doc, id: string) => itemText(doc, id, 'decision');

/** Replaces a text whole (for API writes; editors edit the Y.Text in place). */
export function setAgendaItemText(
  doc: Y.Doc,
  id: string,
  key: 'notes' | 'decision',
  value: string,
): boolean {
  return (
    doc.transact(() => {
      const t = itemText(doc, id, key);
      if (!t) return false;
      t.delete(0, t.length);
      t.insert(0, value);
      return true;
    }) ?? false
  );
}

/**
 * Writes the agenda's live suggestions into the document (the server does this when a meeting
 * starts), so they can be noted, reordered and time-boxed. Ids are derived from the suggestion
 * key, so writing twice, or from two places, writes the same entries.
 */
export function materializeAgenda(
  doc: Y.Doc,
  view: AgendaView,
  createdBy: string | null,
  now: number,
): number {
  // Junk some peer wrote at a suggestion's id is not an entry: the real one replaces it.
  const fresh = view.items.filter((item) => !item.stored && !entryOf(agendaItemsMap(doc), item.id));
  if (fresh.length === 0) return 0;
  doc.transact(() => {
    for (const item of fresh) {
      addAgendaItem(
        doc,
        {
          id: item.id,
          meetingId: view.meetingId,
          source: 'generated',
          kind: item.kind,
          key: item.key,
          sectionKey: item.sectionKey,
          boardId: item.card?.boardId ?? null,
          cardId: item.card?.cardId ?? null,
          actionItemId: item.actionItem?.id ?? null,
          title: item.title,
          position: item.position,
          createdBy,
        },
        now,
      );
    }
  });
  return fresh.length;
}
