/**
 * The meeting series as plain data: what `shared/src/sync/meetingDoc.ts` reads out of a meeting
 * board's Y.Doc, and what the agenda, carry-over, clock and minutes rules work on.
 */
import type { StageKey } from '../stages';

export const MEETING_STATUSES = ['planned', 'running', 'ended'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How a daily standup walks the board: lane by lane or person by person. */
export const AGENDA_GROUPINGS = ['lane', 'owner'] as const;
export type AgendaGrouping = (typeof AGENDA_GROUPINGS)[number];

/** One occurrence of the series (a standup on one date). */
export interface Meeting {
  id: string;
  /** ISO date (YYYY-MM-DD) the meeting is held on. */
  date: string;
  status: MeetingStatus;
  facilitatorId: string | null;
  /** Who attended (joined while it ran, or was added), in the order they came. */
  attendeeIds: string[];
  startedAt: number | null;
  endedAt: number | null;
  groupBy: AgendaGrouping;
  createdAt: number;
  createdBy: string | null;
}

export const AGENDA_ITEM_KINDS = ['card', 'action', 'figure', 'topic'] as const;
/** card: an order card of a linked board; action: an open action item; figure: a KPI block. */
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_SOURCES = ['generated', 'person'] as const;
/** generated: written from the agenda rules; person: added by someone. */
export type AgendaItemSource = (typeof AGENDA_ITEM_SOURCES)[number];

/** An agenda item as stored in the meeting document. */
export interface AgendaItem {
  id: string;
  meetingId: string;
  source: AgendaItemSource;
  kind: AgendaItemKind;
  /** The rule's key for a generated item (`card:<boardId>:<cardId>` …), '' for a person's. */
  key: string;
  /** The agenda section the item was placed in. */
  sectionKey: string;
  /** For card items: a reference, never a copy; the card's current state is read live. */
  boardId: string | null;
  cardId: string | null;
  actionItemId: string | null;
  title: string;
  position: string;
  timeboxSeconds: number | null;
  discussed: boolean;
  notes: string;
  decision: string;
  createdAt: number;
  createdBy: string | null;
}

export const PDCA_PHASES = ['plan', 'do', 'check', 'act'] as const;
export type PdcaPhase = (typeof PDCA_PHASES)[number];

/** A decision's follow-up: one owner, a due date, optionally the order card it concerns. */
export interface ActionItem {
  id: string;
  title: string;
  ownerId: string | null;
  dueDate: string | null;
  boardId: string | null;
  cardId: string | null;
  done: boolean;
  doneAt: number | null;
  /** The meeting it was decided in (null when created outside a meeting). */
  createdInMeetingId: string | null;
  agendaItemId: string | null;
  /** Set for improvement items (PDCA), which the monthly review follows. */
  pdcaPhase: PdcaPhase | null;
  position: string;
  createdAt: number;
  createdBy: string | null;
}

/**
 * One entry of a card's history, as far as the meeting rules need it (the card-history log in
 * SQL provides them; every rule works without them, with approximations it says so about).
 */
export interface CardEvent {
  boardId: string;
  cardId: string;
  at: number;
  kind: 'created' | 'moved' | 'updated';
  fromStage?: StageKey | null;
  toStage?: StageKey | null;
  fromLaneId?: string | null;
  toLaneId?: string | null;
}
