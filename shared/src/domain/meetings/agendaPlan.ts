/** What the agenda rules produce: sections and suggested items, before anyone has touched them. */
import type { MeetingCadence } from '../board';
import type { RoleKey } from '../roles';
import type { MonthFigures, WeekFigures } from './kpis';
import type { AgendaItemKind } from './meetingTypes';

export const AGENDA_REASONS = [
  'overdue',
  'dueToday',
  'dueTomorrow',
  'flagged',
  'moved',
  'changed',
  'late',
  'atRisk',
  'stuck',
  'handoff',
  'carried',
  'pdca',
  'figures',
  'blocked',
] as const;
/** Why an item is on the agenda; `changed` is the fallback for `moved` when no history exists. */
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export type AgendaSectionKind =
  | 'lane'
  | 'owner'
  | 'unsorted'
  | 'late'
  | 'atRisk'
  | 'stuck'
  | 'handoff'
  | 'figures'
  | 'actions'
  | 'pdca'
  | 'topics';

/** A part of the agenda. Titles of rule sections are localised by the client from `kind`. */
export interface AgendaSection {
  key: string;
  kind: AgendaSectionKind;
  /** The lane's title for lane sections; '' otherwise. */
  title: string;
  boardId?: string;
  laneId?: string;
  role?: RoleKey;
  ownerId?: string | null;
}

export interface AgendaSuggestion {
  /** Stable across recomputations: `card:<boardId>:<cardId>`, `action:<id>`, `figure:week` … */
  key: string;
  sectionKey: string;
  kind: AgendaItemKind;
  title: string;
  reasons: AgendaReason[];
  boardId?: string;
  cardId?: string;
  actionItemId?: string;
  /** Hours in stage (stuck) or waiting (hand-off). */
  hours?: number;
}

/** Figures that could only be estimated (no card history yet); the client says so. */
export type AgendaCaveat = 'stageTimesApproximate' | 'movesApproximate' | 'historyMissing';

export interface AgendaPlan {
  cadence: MeetingCadence;
  sections: AgendaSection[];
  suggestions: AgendaSuggestion[];
  figures: { week?: WeekFigures; months?: MonthFigures[] };
  caveats: AgendaCaveat[];
}

export const TOPICS_SECTION: AgendaSection = { key: 'topics', kind: 'topics', title: '' };
export const ACTIONS_SECTION: AgendaSection = { key: 'actions', kind: 'actions', title: '' };
export const PDCA_SECTION: AgendaSection = { key: 'pdca', kind: 'pdca', title: '' };
export const FIGURES_SECTION: AgendaSection = { key: 'figures', kind: 'figures', title: '' };
