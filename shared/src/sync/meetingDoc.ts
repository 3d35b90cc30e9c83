/**
 * The meeting series document: a board of kind `meeting` (DESIGN.md) whose own roots sit beside
 * `meta`. Like the order board, every collection is a Y.Map keyed by id with nested Y.Maps and
 * `position` strings; collaborative text (notes, decisions) is Y.Text; every reader is defensive
 * because any member's peer can write anything. Schema: docs/meetings.md.
 */
import * as Y from 'yjs';
import { compareByPosition } from '../domain/position';
import type { ActionItem, AgendaItem, Meeting, PdcaPhase } from '../domain/meetings/meetingTypes';
import {
  AGENDA_GROUPINGS,
  AGENDA_ITEM_KINDS,
  AGENDA_ITEM_SOURCES,
  MEETING_STATUSES,
  PDCA_PHASES,
} from '../domain/meetings/meetingTypes';
import type { AgendaView } from '../domain/meetings/agenda';
import type { MeetingClockState } from '../domain/meetings/meetingClock';
import { metaMap, type YRecord } from './boardDoc';

export const MEETING_ROOT = {
  meetings: 'meetings',
  agendaItems: 'agendaItems',
  actionItems: 'actionItems',
} as const;

export const meetingsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.meetings);
export const agendaItemsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.agendaItems);
export const actionItemsMap = (doc: Y.Doc) => doc.getMap<YRecord>(MEETING_ROOT.actionItems);

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const numOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const isoDateOrNull = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
function oneOf<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
}
/** A Y.Text's content, or a plain string some peer wrote instead. */
const text = (v: unknown) => (v instanceof Y.Text ? v.toString() : str(v));

/** The linked order boards as written at creation (the SQL board row is the truth). */
export function readSourceBoardIds(doc: Y.Doc): string[] {
  const value = metaMap(doc).get('sourceBoardIds');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The series' own settings, written once by the server when the series is created. */
export function initMeetingSeries(
  doc: Y.Doc,
  options: { sourceBoardIds: readonly string[]; facilitatorId: string | null },
): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('sourceBoardIds', [...options.sourceBoardIds]);
    if (options.facilitatorId) meta.set('facilitatorId', options.facilitatorId);
    // Create the roots up front so every peer sees the same empty maps from the first sync.
    meetingsMap(doc);
    agendaItemsMap(doc);
    actionItemsMap(doc);
  });
}

/** The series' default facilitator (each occurrence can have another). */
export function readSeriesFacilitatorId(doc: Y.Doc): string | null {
  return strOrNull(metaMap(doc).get('facilitatorId'));
}

// ---- meetings (occurrences) ----

export function readMeeting(id: string, map: YRecord): Meeting {
  const attendees = map.get('attendees');
  const attendeeIds =
    attendees instanceof Y.Map
      ? [...(attendees as Y.Map<unknown>).entries()]
          .sort(
            (a, b) => (numOrNull(a[1]) ?? 0) - (numOrNull(b[1]) ?? 0) || a[0].localeCompare(b[0]),
          )
          .map(([userId]) => userId)
      : [];
  return {
    id,
    date: isoDateOrNull(map.get('date')) ?? '1970-01-01',
    status: oneOf(MEETING_STATUSES, map.get('status'), 'planned'),
    facilitatorId: strOrNull(map.get('facilitatorId')),
    attendeeIds,
    startedAt: numOrNull(map.get('startedAt')),
    endedAt: numOrNull(map.get('endedAt')),
    groupBy: oneOf(AGENDA_GROUPINGS, map.get('groupBy'), 'lane'),
    createdAt: numOrNull(map.get('createdAt')) ?? 0,
    createdBy: strOrNull(map.get('createdBy')),
  };
}

export function listMeetings(doc: Y.Doc): Meeting[] {
  return [...meetingsMap(doc).entries()].map(([id, map]) => readMeeting(id, map));
}

export function getMeeting(doc: Y.Doc, id: string): Meeting | undefined {
  const map = meetingsMap(doc).get(id);
  return map ? readMeeting(id, map) : undefined;
}

export interface NewMeeting {
  id: string;
  date: string;
  facilitatorId: string | null;
  groupBy?: Meeting['groupBy'];
  createdBy: string | null;
}

export function addMeeting(doc: Y.Doc, meeting: NewMeeting, now: number): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    meetingsMap(doc).set(meeting.id, map);
    map.set('date', meeting.date);
    map.set('status', 'planned');
    map.set('facilitatorId', meeting.facilitatorId);
    map.set('groupBy', meeting.groupBy ?? 'lane');
    map.set('attendees', new Y.Map<unknown>());
    map.set('startedAt', null);
    map.set('endedAt', null);
    map.set('createdAt', now);
    map.set('createdBy', meeting.createdBy);
  });
}

export type MeetingPatch = Partial<
  Pick<Meeting, 'date' | 'status' | 'facilitatorId' | 'startedAt' | 'endedAt' | 'groupBy'>
>;

export function updateMeeting(doc: Y.Doc, id: string, patch: MeetingPatch): boolean {
  const map = meetingsMap(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
  });
  return true;
}

/** Records an attendee (first arrival time kept); a map, so two arrivals at once both count. */
export function addAttendee(doc: Y.Doc, meetingId: string, userId: string, now: number): boolean {
  const map = meetingsMap(doc).get(meetingId);
  if (!map) return false;
  doc.transact(() => {
    let attendees = map.get('attendees');
    if (!(attendees instanceof Y.Map)) {
      attendees = new Y.Map<unknown>();
      map.set('attendees', attendees);
    }
    const m = attendees as Y.Map<unknown>;
    if (!m.has(userId)) m.set(userId, now);
  });
  return true;
}

/** The server's clock state, mirrored into the meeting so it survives a server restart. */
export function writeMeetingClock(doc: Y.Doc, state: MeetingClockState): void {
  meetingsMap(doc)
    .get(state.meetingId)
    ?.set('clock', { ...state });
}

export function readMeetingClock(doc: Y.Doc, meetingId: string): MeetingClockState | null {
  const value = meetingsMap(doc).get(meetingId)?.get('clock');
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return {
    meetingId,
    running: v.running === true,
    facilitatorId: strOrNull(v.facilitatorId),
    startedAt: numOrNull(v.startedAt),
    endedAt: numOrNull(v.endedAt),
    meetingTimeboxSeconds: numOrNull(v.meetingTimeboxSeconds),
    currentItemId: strOrNull(v.currentItemId),
    itemStartedAt: numOrNull(v.itemStartedAt),
    itemTimeboxSeconds: numOrNull(v.itemTimeboxSeconds),
    itemPausedMs: numOrNull(v.itemPausedMs) ?? 0,
    pausedAt: numOrNull(v.pausedAt),
    sectionKey: strOrNull(v.sectionKey),
    revision: numOrNull(v.revision) ?? 0,
  };
}

// ---- agenda items ----

export function readAgendaItem(id: string, map: YRecord): AgendaItem {
  const timebox = numOrNull(map.get('timeboxSeconds'));
  return {
    id,
    meetingId: str(map.get('meetingId')),
    source: oneOf(AGENDA_ITEM_SOURCES, map.get('source'), 'person'),
    kind: oneOf(AGENDA_ITEM_KINDS, map.get('kind'), 'topic'),
    key: str(map.get('key')),
    sectionKey: str(map.get('sectionKey')),
    boardId: strOrNull(map.get('boardId')),
    cardId: strOrNull(map.get('cardId')),
    actionItemId: strOrNull(map.get('actionItemId')),
    title: str(map.get('title')),
    position: str(map.get('position')),
    timeboxSeconds: timebox !== null && timebox > 0 ? timebox : null,
    discussed: map.get('discussed') === true,
    notes: text(map.get('notes')),
    decision: text(map.get('decision')),
    createdAt: numOrNull(map.get('createdAt')) ?? 0,
    createdBy: strOrNull(map.get('createdBy')),
  };
}

/** The agenda items of one meeting (or all), in (position, id) order. */
export function listAgendaItems(doc: Y.Doc, meetingId?: string): AgendaItem[] {
  return [...agendaItemsMap(doc).entries()]
    .map(([id, map]) => readAgendaItem(id, map))
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
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    agendaItemsMap(doc).set(item.id, map);
    map.set('meetingId', item.meetingId);
    map.set('source', item.source ?? 'person');
    map.set('kind', item.kind ?? 'topic');
    map.set('key', item.key ?? '');
    map.set('sectionKey', item.sectionKey ?? 'topics');
    map.set('boardId', item.boardId ?? null);
    map.set('cardId', item.cardId ?? null);
    map.set('actionItemId', item.actionItemId ?? null);
    map.set('title', item.title);
    map.set('position', item.position);
    map.set('timeboxSeconds', item.timeboxSeconds ?? null);
    map.set('discussed', false);
    map.set('notes', new Y.Text());
    map.set('decision', new Y.Text());
    map.set('createdAt', now);
    map.set('createdBy', item.createdBy ?? null);
  });
}

export type AgendaItemPatch = Partial<
  Pick<AgendaItem, 'title' | 'position' | 'timeboxSeconds' | 'discussed' | 'sectionKey'>
>;

export function updateAgendaItem(doc: Y.Doc, id: string, patch: AgendaItemPatch): boolean {
  const map = agendaItemsMap(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
  });
  return true;
}

function itemText(doc: Y.Doc, id: string, key: 'notes' | 'decision'): Y.Text | undefined {
  const map = agendaItemsMap(doc).get(id);
  if (!map) return undefined;
  const value = map.get(key);
  if (value instanceof Y.Text) return value;
  // A peer wrote a plain string (or nothing): upgrade it so editors can bind a Y.Text.
  const upgraded = new Y.Text(str(value));
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
  const fresh = view.items.filter((item) => !item.stored && !agendaItemsMap(doc).has(item.id));
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

// ---- action items ----

export function readActionItem(id: string, map: YRecord): ActionItem {
  const pdca = map.get('pdcaPhase');
  return {
    id,
    title: str(map.get('title')),
    ownerId: strOrNull(map.get('ownerId')),
    dueDate: isoDateOrNull(map.get('dueDate')),
    boardId: strOrNull(map.get('boardId')),
    cardId: strOrNull(map.get('cardId')),
    done: map.get('done') === true,
    doneAt: numOrNull(map.get('doneAt')),
    createdInMeetingId: strOrNull(map.get('createdInMeetingId')),
    agendaItemId: strOrNull(map.get('agendaItemId')),
    pdcaPhase: (PDCA_PHASES as readonly unknown[]).includes(pdca) ? (pdca as PdcaPhase) : null,
    position: str(map.get('position')),
    createdAt: numOrNull(map.get('createdAt')) ?? 0,
    createdBy: strOrNull(map.get('createdBy')),
  };
}

export function listActionItems(doc: Y.Doc): ActionItem[] {
  return [...actionItemsMap(doc).entries()]
    .map(([id, map]) => readActionItem(id, map))
    .sort(compareByPosition);
}

export function getActionItem(doc: Y.Doc, id: string): ActionItem | undefined {
  const map = actionItemsMap(doc).get(id);
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
  Pick<ActionItem, 'title' | 'ownerId' | 'dueDate' | 'done' | 'pdcaPhase' | 'position'>
>;

/** Writes the given fields; marking done stamps `doneAt` (the carry-over rule reads it). */
export function updateActionItem(
  doc: Y.Doc,
  id: string,
  patch: ActionItemPatch,
  now: number,
): boolean {
  const map = actionItemsMap(doc).get(id);
  if (!map) return false;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) map.set(key, value);
    if (patch.done === true && map.get('doneAt') == null) map.set('doneAt', now);
    if (patch.done === false) map.set('doneAt', null);
  });
  return true;
}
