/** The minutes of a meeting, taken from the series document (the rules are `minutesOf`'s). */
import type * as Y from 'yjs';
import type { Meeting } from '../domain/meetings/meetingTypes';
import {
  minutesOf,
  type Minutes,
  type MinutesOptions,
  type MinutesPerson,
} from '../domain/meetings/minutes';
import { readMeta } from './boardDoc';
import { listActionItems } from './meetingActionItems';
import { listAgendaItems } from './meetingAgendaItems';
import { listMeetings } from './meetingOccurrences';

export interface BuildMinutesOptions extends MinutesOptions {
  /**
   * The series' meetings with their runs (status, times, facilitator, attendance from the
   * server's record, `withRuns`). The server always passes them: those keys in the document are
   * client-writable and never trusted. Defaults to the document's entries (pure tests only).
   */
  meetings?: readonly Meeting[];
}

export function buildMinutes(
  doc: Y.Doc,
  meetingId: string,
  members: readonly MinutesPerson[],
  options: BuildMinutesOptions = {},
): Minutes | null {
  const { meetings, ...rest } = options;
  const source = {
    meta: readMeta(doc),
    meetings: meetings ?? listMeetings(doc),
    agendaItems: listAgendaItems(doc, meetingId),
    actionItems: listActionItems(doc),
  };
  return minutesOf(source, meetingId, members, rest);
}
