/**
 * Action items in the series document: one Y.Map per item under `actionItems`, ordered by
 * `position`; they belong to the series and carry over from meeting to meeting until done.
 */
import type * as Y from 'yjs';
import { compareByPosition } from '../domain/position';
import type { ActionItem } from '../domain/meetings/meetingTypes';
import { PDCA_PHASES } from '../domain/meetings/meetingTypes';
import {
  readBoolean,
  readIsoDate,
  readNumber,
  readOneOf,
  readString,
  readEntries,
  readEntry,
  readStringOrNull,
  type YRecord,
} from './docReaders';
import { actionItemsMap, addEntry, patchEntry } from './meetingFields';

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
  return readEntries(actionItemsMap(doc), readActionItem).sort(compareByPosition);
}

export function getActionItem(doc: Y.Doc, id: string): ActionItem | undefined {
  return readEntry(actionItemsMap(doc), id, readActionItem);
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
  addEntry(doc, actionItemsMap(doc), item.id, {
    title: item.title,
    ownerId: item.ownerId ?? null,
    dueDate: item.dueDate ?? null,
    boardId: item.boardId ?? null,
    cardId: item.cardId ?? null,
    done: false,
    doneAt: null,
    createdInMeetingId: item.createdInMeetingId ?? null,
    agendaItemId: item.agendaItemId ?? null,
    pdcaPhase: item.pdcaPhase ?? null,
    position: item.position,
    createdAt: now,
    createdBy: item.createdBy ?? null,
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
  return patchEntry(doc, actionItemsMap(doc), id, patch, (map) => {
    if (patch.done === true && map.get('doneAt') == null) map.set('doneAt', now);
    if (patch.done === false) map.set('doneAt', null);
  });
}
