/**
 * Every write the meeting screens make to the series' document, through the shared meeting
 * commands with the board session's origin (the one its undo manager tracks). No React.
 */
import type * as Y from 'yjs';
import {
  agendaItemTextForEditing,
  editAgendaItem,
  reorderAgendaItem,
  setMeetingGroupBy,
  writeAgendaSuggestions,
  type AgendaGrouping,
  type AgendaItemPatch,
  type AgendaMoveTarget,
  type AgendaView,
} from '@orderlane/shared';

export interface MeetingActions {
  /** The transaction origin of this person's edits (also for text typed into a bound editor). */
  origin: object;
  /** Writes the agenda's live suggestions into the document before someone edits one. */
  writeSuggestions(view: AgendaView): void;
  reorder(view: AgendaView, itemId: string, target: AgendaMoveTarget): void;
  edit(view: AgendaView, itemId: string, patch: AgendaItemPatch): void;
  setGroupBy(meetingId: string, groupBy: AgendaGrouping): void;
  /** The item's notes or decision for someone about to type into it. */
  textForEditing(itemId: string, field: 'notes' | 'decision'): Y.Text | undefined;
}

export function createMeetingActions(
  doc: Y.Doc,
  origin: object,
  userId: string | null,
): MeetingActions {
  return {
    origin,
    writeSuggestions: (view) => void writeAgendaSuggestions(doc, view, userId, Date.now(), origin),
    reorder: (view, itemId, target) =>
      void reorderAgendaItem(doc, view, itemId, target, userId, Math.random, Date.now(), origin),
    edit: (view, itemId, patch) =>
      void editAgendaItem(doc, view, itemId, patch, userId, Date.now(), origin),
    setGroupBy: (meetingId, groupBy) => void setMeetingGroupBy(doc, meetingId, groupBy, origin),
    textForEditing: (itemId, field) => agendaItemTextForEditing(doc, itemId, field, origin),
  };
}
