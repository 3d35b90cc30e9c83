/** What every part of a running meeting's screen needs, without passing it down by hand. */
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { AgendaView, Meeting, MeetingControl } from '@orderlane/shared';
import type { MeetingRunStore } from '../../store/meetingStore';
import type { MeetingActions } from '../../sync/meetingActions';
import type { SeriesSnapshot } from './useMeetingData';

export interface MeetingContextValue {
  /** The series' document, to read; every write goes through `actions`. */
  doc: Y.Doc;
  actions: MeetingActions;
  boardId: string;
  series: SeriesSnapshot;
  meeting: Meeting;
  agenda: AgendaView | null;
  run: MeetingRunStore;
  userId: string | null;
  canWrite: boolean;
  bigscreen: boolean;
  /** Sends a facilitator's control; a refusal is shown by the bar. */
  control(control: MeetingControl): void;
  /** Writes the agenda's live suggestions into the document before someone edits one. */
  materialize(): void;
}

export const MeetingContext = createContext<MeetingContextValue | null>(null);

export function useMeetingContext(): MeetingContextValue {
  const value = useContext(MeetingContext);
  if (!value) throw new Error('useMeetingContext outside a meeting');
  return value;
}
