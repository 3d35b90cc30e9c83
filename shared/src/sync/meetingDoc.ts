/**
 * The meeting series document: a board of kind `meeting` (docs/board-document.md) whose own roots sit beside
 * `meta`. Like the order board, every collection is a Y.Map keyed by id with nested Y.Maps and
 * `position` strings; collaborative text (notes, decisions) is Y.Text; every reader is defensive
 * because any member's peer can write anything. Schema: docs/meetings.md.
 */
import type * as Y from 'yjs';
import { metaMap } from './boardDoc';
import { mirrorBoardRow } from './boardRowMirror';
import { readStringList, readStringOrNull } from './docReaders';
import { actionItemsMap, agendaItemsMap, meetingsMap } from './meetingFields';

// The accessors live one concept per file; this module is the series' entry point.
export { MEETING_ROOT, actionItemsMap, agendaItemsMap, meetingsMap } from './meetingFields';
export * from './meetingOccurrences';
export * from './meetingAgendaItems';
export * from './meetingActionItems';

/** The linked order boards: the document's mirror of the board row (`mirrorBoardRow`). */
export function readSourceBoardIds(doc: Y.Doc): string[] {
  return readStringList(metaMap(doc).get('sourceBoardIds'));
}

/** The series' own settings, written once by the server when the series is created. */
export function initMeetingSeries(
  doc: Y.Doc,
  options: { sourceBoardIds: readonly string[]; facilitatorId: string | null },
): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    mirrorBoardRow(doc, { sourceBoardIds: options.sourceBoardIds });
    if (options.facilitatorId) meta.set('facilitatorId', options.facilitatorId);
    // Create the roots up front so every peer sees the same empty maps from the first sync.
    meetingsMap(doc);
    agendaItemsMap(doc);
    actionItemsMap(doc);
  });
}

/** The series' default facilitator (each occurrence can have another). */
export function readSeriesFacilitatorId(doc: Y.Doc): string | null {
  return readStringOrNull(metaMap(doc).get('facilitatorId'));
}
