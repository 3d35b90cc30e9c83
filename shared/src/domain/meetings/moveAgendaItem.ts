/**
 * Reordering the agenda: an item moves within (or into) a section of the view the person sees,
 * by writing its `position` between its new neighbours', never by delete-and-insert. Live
 * suggestions are written into the document first, so what was reordered stays reordered.
 */
import type * as Y from 'yjs';
import type { Random } from '../ids';
import { positionBetween } from '../position';
import { materializeAgenda, updateAgendaItem } from '../../sync/meetingDoc';
import type { AgendaView } from './agenda';

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
  let index = others.length;
  if (target.beforeId) {
    const i = others.findIndex((o) => o.id === target.beforeId);
    if (i >= 0) index = i;
  } else if (target.afterId) {
    const i = others.findIndex((o) => o.id === target.afterId);
    if (i >= 0) index = i + 1;
  }
  const before = index > 0 ? others[index - 1]!.position : null;
  const after = index < others.length ? others[index]!.position : null;
  // Neighbours that tie (a rare concurrent drop) leave no gap: go just after the earlier one.
  const position =
    before !== null && after !== null && before >= after
      ? positionBetween(before, null, random)
      : positionBetween(before, after, random);
  doc.transact(() => {
    materializeAgenda(doc, view, createdBy, now);
    updateAgendaItem(doc, itemId, { position, sectionKey });
  });
  return true;
}
