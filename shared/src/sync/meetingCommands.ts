/**
 * What a person does to a meeting series' document from its screens, and the edits of it that go
 * beyond one field. Each screen command is one transaction with the caller's `origin` (the board
 * session's, which its undo manager tracks and which tells this person's edits apart from
 * everyone else's), so a screen never writes the document any other way.
 *
 * Reordering the agenda: an item moves within (or into) a section of the view the person sees,
 * by writing its `position` among its new neighbours' (`placeAmong`), never by
 * delete-and-insert. Live suggestions are written into the document first, so what was
 * reordered stays reordered.
 */
import type * as Y from 'yjs';
import type { Random } from '../domain/ids';
import type { AgendaView } from '../domain/meetings/agenda';
import type { AgendaGrouping } from '../domain/meetings/meetingTypes';
import { placeAmong } from '../domain/position';
import {
  agendaItemDecision,
  agendaItemNotes,
  materializeAgenda,
  updateAgendaItem,
  type AgendaItemPatch,
} from './meetingAgendaItems';
import { updateMeeting } from './meetingOccurrences';

export interface AgendaMoveTarget {
  /** The section to move into (default: the item's own). */
  sectionKey?: string;
  /** Place right before this item of the section; null/absent with no afterId = at the end. */
  beforeId?: string | null;
  afterId?: string | null;
}

/** Returns false when the item is not on the view. */
export function moveAgendaItem(
  doc: Y.Doc,
  view: AgendaView,
  itemId: string,
  target: AgendaMoveTarget,
  createdBy: string | null,
  random: Random,
  now: number,
): boolean {
  const item = view.items.find((i) => i.id === itemId);
  if (!item) return false;
  const sectionKey = target.sectionKey ?? item.sectionKey;
  const others = view.items.filter((i) => i.sectionKey === sectionKey && i.id !== itemId);
  const position = placeAmong(others, target, random);
  doc.transact(() => {
    materializeAgenda(doc, view, createdBy, now);
    updateAgendaItem(doc, itemId, { position, sectionKey });
  });
  return true;
}

/** Writes the agenda's live suggestions into the document, so they can be edited. */
export function writeAgendaSuggestions(
  doc: Y.Doc,
  view: AgendaView,
  createdBy: string | null,
  now: number,
  origin: object,
): number {
  return doc.transact(() => materializeAgenda(doc, view, createdBy, now), origin);
}

/** Moves an agenda item among its neighbours on the view (suggestions are written first). */
export function reorderAgendaItem(
  doc: Y.Doc,
  view: AgendaView,
  itemId: string,
  target: AgendaMoveTarget,
  createdBy: string | null,
  random: Random,
  now: number,
  origin: object,
): boolean {
  return doc.transact(
    () => moveAgendaItem(doc, view, itemId, target, createdBy, random, now),
    origin,
  );
}

/** Changes an item of the view (discussed, time box); a live suggestion is written first. */
export function editAgendaItem(
  doc: Y.Doc,
  view: AgendaView,
  itemId: string,
  patch: AgendaItemPatch,
  createdBy: string | null,
  now: number,
  origin: object,
): boolean {
  return doc.transact(() => {
    if (view.items.some((item) => item.id === itemId && !item.stored))
      materializeAgenda(doc, view, createdBy, now);
    return updateAgendaItem(doc, itemId, patch);
  }, origin);
}

/** How the meeting's agenda is grouped (by department or by person). */
export function setMeetingGroupBy(
  doc: Y.Doc,
  meetingId: string,
  groupBy: AgendaGrouping,
  origin: object,
): boolean {
  return doc.transact(() => updateMeeting(doc, meetingId, { groupBy }), origin);
}

/**
 * The item's notes or decision as a Y.Text an editor can bind, for someone about to type: a
 * plain string a peer wrote (or nothing) is turned into a Y.Text first.
 */
export function agendaItemTextForEditing(
  doc: Y.Doc,
  itemId: string,
  field: 'notes' | 'decision',
  origin: object,
): Y.Text | undefined {
  return doc.transact(
    () => (field === 'notes' ? agendaItemNotes(doc, itemId) : agendaItemDecision(doc, itemId)),
    origin,
  );
}
