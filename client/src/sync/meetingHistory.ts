/**
 * The card-history events a meeting's agenda reads: the server's (its last 120 days, asked for
 * once, when the meeting opens on its linked boards), followed by the changes this tab sees on its
 * live copies of those boards. A board change is thus never a reason to ask the server again.
 * No React.
 */
import type { CardEvent, MeetingHistoryEventsDto } from '@orderlane/shared';
import type { BoardConnection } from './boardConnection';
import { watchCardEvents } from './liveCardEvents';

/** Not loaded yet, or loaded (`undefined` = no history: the rules then estimate and say so). */
export type HistoryEvents = { loaded: false } | { loaded: true; events: CardEvent[] | undefined };

/**
 * Loads the history and calls `onChange` with it, and again whenever a linked board changes;
 * returns the stop function. A failed load counts as "no history" (as the server's own
 * fallback) and is tried again on the next change seen on a linked board.
 */
export function watchMeetingHistory(
  load: () => Promise<MeetingHistoryEventsDto>,
  boards: readonly Pick<BoardConnection, 'boardId' | 'doc' | 'syncState'>[],
  onChange: (history: HistoryEvents) => void,
): () => void {
  let stopped = false;
  let loading = false;
  /** The server's events once loaded; undefined while there are none (not yet, or failed). */
  let stored: CardEvent[] | undefined;
  /** Server clock minus this tab's clock, from the load's answer. */
  let offset = 0;
  /** The events seen on the live boards since, timed by this tab's clock. */
  let seen: CardEvent[] = [];

  const publish = () => {
    if (!stored) return onChange({ loaded: true, events: undefined });
    const live = seen.map((event) => ({ ...event, at: event.at + offset }));
    onChange({ loaded: true, events: [...stored, ...live] });
  };

  const fetchHistory = async () => {
    loading = true;
    // What was seen before the question is in the answer.
    const before = seen.length;
    let events: CardEvent[] | undefined;
    try {
      const dto = await load();
      events = dto.events ?? undefined;
      offset = dto.serverNow - Date.now();
    } catch {
      events = undefined;
    }
    loading = false;
    if (stopped) return;
    stored = events;
    seen = seen.slice(before);
    publish();
  };

  const stops = boards.map((board) =>
    watchCardEvents(
      board,
      () => Date.now(),
      (events) => {
        seen.push(...events);
        if (loading) return;
        if (stored) publish();
        else void fetchHistory();
      },
    ),
  );
  void fetchHistory();
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
}
