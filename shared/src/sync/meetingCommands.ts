/**
 * Edits of the meeting series document that go beyond one field. Reordering the agenda: an item
 * moves within (or into) a section of the view the person sees, by writing its `position` among
 * its new neighbours' (`placeAmong`), never by delete-and-insert. Live suggestions are written
 * into the document first, so what was reordered stays reordered.
 */
import type * as Y from 'yjs';
import type { AgendaView } from '../domain/meetings/agenda';
import type { Random } from '../domain/ids';
import { placeAmong } from '../domain/position';
import { materializeAgenda, updateAgendaItem } from './meetingAgendaItems';

export interface AgendaMoveTarget {
  /** The section to move into (default: the item's own). */
  sectionKey?: string;
  /** Place right before this item of the section; null/absent with no afterId = at the end. */
  beforeId?: string | null;
  afterId?: string | null;
}

/** Returns false when the item is not on the view. */
export function moveAgendaItem(
  doc: Y.Doc,
  view: AgendaView,
  itemId: string,
  target: AgendaMoveTarget,
  createdBy: string | null,
  random: Random,
  now: number,
): boolean {
  const item = view.items.find((i) => i.id === itemId);
  if (!item) return false;
  const sectionKey = target.sectionKey ?? item.sectionKey;
  const others = view.items.filter((i) => i.sectionKey === sectionKey && i.id !== itemId);
  const position = placeAmong(others, target, random);
  doc.transact(() => {
    materializeAgenda(doc, view, createdBy, now);
    updateAgendaItem(doc, itemId, { position, sectionKey });
  });
  return true;
}
