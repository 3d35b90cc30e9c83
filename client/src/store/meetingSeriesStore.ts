/**
 * A meeting series' document as plain objects, fed by `sync/bindMeetingSeries` (no React there).
 * Unchanged meetings, agenda items and action items keep their object identity across updates,
 * and so does a whole list none of whose entries changed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ActionItem, AgendaItem, BoardMeta, Meeting } from '@orderlane/shared';

export interface MeetingSeriesState {
  meta: BoardMeta;
  facilitatorId: string | null;
  sourceBoardIds: string[];
  /** The document's meetings (the server's runs are not in here). */
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  actionItems: ActionItem[];
}

export type MeetingSeriesStore = StoreApi<MeetingSeriesState>;

function emptyMeetingSeries(): MeetingSeriesState {
  return {
    meta: { title: '', kind: 'meeting' },
    facilitatorId: null,
    sourceBoardIds: [],
    meetings: [],
    agendaItems: [],
    actionItems: [],
  };
}

export function createMeetingSeriesStore(
  initial: MeetingSeriesState = emptyMeetingSeries(),
): MeetingSeriesStore {
  return createStore<MeetingSeriesState>(() => initial);
}
