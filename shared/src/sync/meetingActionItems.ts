/**
 * Action items in the series document: one Y.Map per item under `actionItems`, ordered by
 * `position`; they belong to the series and carry over from meeting to meeting until done.
 */
import * as Y from 'yjs';
import { compareByPosition } from '../domain/position';
import type { ActionItem } from '../domain/meetings/meetingTypes';
import { PDCA_PHASES } from '../domain/meetings/meetingTypes';
import {
  entriesOf,
  entryOf,
  readBoolean,
  readIsoDate,
  readNumber,
  readOneOf,
  readString,
  readStringOrNull,
  type YRecord,
} from './docReaders';
import { actionItemsMap, writePatch } from './meetingFields';

export function readActionItem(id: string, map: YRecord): ActionItem {
  return {
    id,
    title: readString(map.get('title')),
    ownerId: readStringOrNull(map.get('ownerId')),
    dueDate: readIsoDate(map.get('dueDate')),
    boardId: readStringOrNull(map.get('boardId')),
    cardId: readStringOrNull(map.get('cardId')),
    done: readBoolean(map.get('done')),
    doneAt: readNumber(map.get('doneAt')),
    createdInMeetingId: readStringOrNull(map.get('createdInMeetingId')),
    agendaItemId: readStringOrNull(map.get('agendaItemId')),
    pdcaPhase: readOneOf(PDCA_PHASES, map.get('pdcaPhase')),
    position: readString(map.get('position')),
    createdAt: readNumber(map.get('createdAt')) ?? 0,
    createdBy: readStringOrNull(map.get('createdBy')),
  };
}

export function listActionItems(doc: Y.Doc): ActionItem[] {
  return entriesOf(actionItemsMap(doc))
    .map(([id, map]) => readActionItem(id, map))
    .sort(compareByPosition);
}

export function getActionItem(doc: Y.Doc, id: string): ActionItem | undefined {
  const map = entryOf(actionItemsMap(doc), id);
  return map ? readActionItem(id, map) : undefined;
}

export type NewActionItem = Pick<ActionItem, 'id' | 'title' | 'position'> &
  Partial<
    Pick<
      ActionItem,
      | 'ownerId'
      | 'dueDate'
      | 'boardId'
      | 'cardId'
      | 'createdInMeetingId'
      | 'agendaItemId'
      | 'pdcaPhase'
      | 'createdBy'
    >
  >;

export function addActionItem(doc: Y.Doc, item: NewActionItem, now: number): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    actionItemsMap(doc).set(item.id, map);
    map.set('title', item.title);
    map.set('ownerId', item.ownerId ?? null);
    map.set('dueDate', item.dueDate ?? null);
    map.set('boardId', item.boardId ?? null);
    map.set('cardId', item.cardId ?? null);
    map.set('done', false);
    map.set('doneAt', null);
    map.set('createdInMeetingId', item.createdInMeetingId ?? null);
    map.set('agendaItemId', item.agendaItemId ?? null);
    map.set('pdcaPhase', item.pdcaPhase ?? null);
    map.set('position', item.position);
    map.set('createdAt', now);
    map.set('createdBy', item.createdBy ?? null);
  });
}

export type ActionItemPatch = Partial<
  Pick<
    ActionItem,
    'title' | 'ownerId' | 'dueDate' | 'boardId' | 'cardId' | 'done' | 'pdcaPhase' | 'position'
  >
>;

/** Writes the given fields; marking done stamps `doneAt` (the carry-over rule reads it). */
export function updateActionItem(
  doc: Y.Doc,
  id: string,
  patch: ActionItemPatch,
  now: number,
): boolean {
  const map = entryOf(actionItemsMap(doc), id);
  if (!map) return false;
  doc.transact(() => {
    writePatch(map, patch);
    if (patch.done === true && map.get('doneAt') == null) map.set('doneAt', now);
    if (patch.done === false) map.set('doneAt', null);
  });
  return true;
}
