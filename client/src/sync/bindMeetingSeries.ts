/**
 * Mirrors a meeting series' Y.Doc into a `MeetingSeriesStore`, without React. Updates are
 * incremental: only the entries a transaction touched are read again, every other entry keeps its
 * object, and a list none of whose entries changed keeps its array.
 */
import type * as Y from 'yjs';
import {
  actionItemsMap,
  agendaItemsMap,
  compareByPosition,
  entriesOf,
  listActionItems,
  listAgendaItems,
  listMeetings,
  meetingsMap,
  metaMap,
  readActionItem,
  readAgendaItem,
  readMeeting,
  readMeta,
  readSeriesFacilitatorId,
  readSourceBoardIds,
  type YRecord,
} from '@orderlane/shared';
import type { MeetingSeriesState, MeetingSeriesStore } from '../store/meetingSeriesStore';
import { touchedEntries } from './touchedEntries';

type ListKey = 'meetings' | 'agendaItems' | 'actionItems';

interface Collection<T> {
  key: ListKey;
  map: Y.Map<unknown>;
  read(id: string, map: YRecord): T;
  /** The order of the shared `list…` reader of this collection; none = the document's. */
  order?: (a: T, b: T) => number;
}

function readSeriesHead(doc: Y.Doc) {
  return {
    meta: readMeta(doc),
    facilitatorId: readSeriesFacilitatorId(doc),
    sourceBoardIds: readSourceBoardIds(doc),
  };
}

/** The whole series read at once (what a binding starts from). */
export function readMeetingSeries(doc: Y.Doc): MeetingSeriesState {
  return {
    ...readSeriesHead(doc),
    meetings: listMeetings(doc),
    agendaItems: listAgendaItems(doc),
    actionItems: listActionItems(doc),
  };
}

function sameIdentities<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Starts mirroring `doc` into `store`; returns the function that stops it. */
export function bindMeetingSeries(doc: Y.Doc, store: MeetingSeriesStore): () => void {
  store.setState(readMeetingSeries(doc), true);

  const follow = <T extends { id: string }>(collection: Collection<T>) => {
    const onChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const touched = touchedEntries(collection.map, events);
      if (touched.size === 0) return;
      const held = store.getState()[collection.key] as unknown as T[];
      const kept = new Map(held.filter((item) => !touched.has(item.id)).map((i) => [i.id, i]));
      const next = entriesOf(collection.map).map(
        ([id, map]) => kept.get(id) ?? collection.read(id, map),
      );
      if (collection.order) next.sort(collection.order);
      if (!sameIdentities(held, next)) store.setState({ [collection.key]: next });
    };
    collection.map.observeDeep(onChange);
    return () => collection.map.unobserveDeep(onChange);
  };

  const stops = [
    follow({ key: 'meetings', map: meetingsMap(doc), read: readMeeting }),
    follow({
      key: 'agendaItems',
      map: agendaItemsMap(doc),
      read: readAgendaItem,
      order: compareByPosition,
    }),
    follow({
      key: 'actionItems',
      map: actionItemsMap(doc),
      read: readActionItem,
      order: compareByPosition,
    }),
  ];
  const onMeta = () => store.setState(readSeriesHead(doc));
  metaMap(doc).observe(onMeta);
  return () => {
    stops.forEach((stop) => stop());
    metaMap(doc).unobserve(onMeta);
  };
}
