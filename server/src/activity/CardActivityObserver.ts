/**
 * Watches one board's live document on the server and records what happened to its cards:
 * history entries (created, stage, lane, owner, due date, priority, risks, deleted) with who and
 * when, assignment notifications, description mentions, and automatic follows.
 *
 * "Who" is the connection whose update changed the card: the room applies each durable update
 * in its own transaction whose origin (UpdateOrigin) carries that connection's AuthContext.
 * Nothing a client writes into the document (such as `createdBy`) is trusted for attribution.
 */
import type { Logger } from 'pino';
import type * as Y from 'yjs';
import {
  addedMentions,
  cardsMap,
  diffCardChange,
  entriesOf,
  entryOf,
  orderLabel,
  readCard,
  readYText,
  type CardState,
} from '@orderlane/shared';
import { isUpdateOrigin } from '../rooms/UpdateOrigin';
import type { CardActivityService } from './CardActivityService';
import type { CardEvent } from './recordCardEvents';

/**
 * Cards whose activity one document transaction may cause. Past it, the rest of that
 * transaction's cards get no history, follows or notifications (a warning is logged with the
 * count); the cards themselves stay on the board, and their later changes are recorded as usual.
 * A person never changes this many cards at once; a script that does must not turn one update
 * into minutes of writes and thousands of notifications.
 */
export const CARD_ACTIVITY_CARDS_PER_UPDATE = 1_000;

export interface CardActivityObserverDeps {
  /** Stores and notifies what the observer saw (the same service the comment routes use). */
  cardActivity: CardActivityService;
  now: () => number;
  logger: Logger;
}

interface CardSnapshot {
  state: CardState;
  /** How the card is named in notifications: order number, customer, title. */
  title: string;
  description: string;
}

function snapshotOf(id: string, map: Y.Map<unknown>): CardSnapshot {
  const card = readCard(id, map);
  // As the card panel shows it: only a Y.Text is a description (a plain string is not edited).
  const description = readYText(map.get('description'))?.toString() ?? '';
  return { state: card, title: orderLabel(card), description };
}

/** The member whose connection (or server-side change on their behalf) made a transaction. */
function actorOf(origin: unknown): string | null {
  return isUpdateOrigin(origin) ? (origin.author?.userId ?? null) : null;
}

/**
 * Starts observing a loaded document; `stop` ends it, `idle` resolves once what was observed so
 * far is stored and notified.
 */
export function observeCardActivity(
  boardId: string,
  doc: Y.Doc,
  deps: CardActivityObserverDeps,
): { stop(): void; idle(): Promise<void> } {
  const cards = cardsMap(doc);
  const known = new Map<string, CardSnapshot>();
  // Only entries are cards: a hostile client's junk entry must not stop the room from loading.
  for (const [id, map] of entriesOf(cards)) known.set(id, snapshotOf(id, map));
  // Work is chained so entries are stored in the order the document changed.
  let queue: Promise<void> = Promise.resolve();
  let workspaceId: Promise<string | undefined> | undefined;

  const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => {
    // Replayed history is not news (only reachable if a room reloads under an observer).
    if (isUpdateOrigin(transaction.origin) && transaction.origin.source === 'storage') return;
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === cards) for (const key of event.changes.keys.keys()) touched.add(key);
      else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
    }
    const actorId = actorOf(transaction.origin);
    const cardEvents: CardEvent[] = [];
    let skipped = 0;
    for (const cardId of touched) {
      const before = known.get(cardId);
      const map = entryOf(cards, cardId);
      // Every card is tracked, past the cap too: its next change must diff against this state.
      const after = map ? snapshotOf(cardId, map) : undefined;
      if (after) known.set(cardId, after);
      else known.delete(cardId);
      const changes = diffCardChange(before?.state, after?.state);
      const mentions = after ? addedMentions(before?.description ?? '', after.description) : [];
      if (changes.length === 0 && mentions.length === 0) continue;
      if (cardEvents.length >= CARD_ACTIVITY_CARDS_PER_UPDATE) {
        skipped++;
        continue;
      }
      const title = after?.title ?? before?.title ?? '';
      cardEvents.push({ cardId, title, changes, mentions, description: after?.description ?? '' });
    }
    if (skipped > 0) {
      deps.logger.warn(
        { boardId, actorId, recorded: cardEvents.length, skipped },
        'one update changed too many cards: the rest get no history or notifications',
      );
    }
    if (cardEvents.length === 0) return;
    const at = deps.now();
    queue = queue
      .then(() => record(cardEvents, actorId, at))
      .catch((err: unknown) => deps.logger.error({ err, boardId }, 'card activity failed'));
  };

  async function record(events: CardEvent[], actorId: string | null, at: number) {
    workspaceId ??= deps.cardActivity.workspaceIdOf(boardId);
    const observed = { boardId, workspaceId: await workspaceId, actorId, at, events };
    await deps.cardActivity.recordObserved(observed);
  }

  cards.observeDeep(handler);
  return {
    stop: () => cards.unobserveDeep(handler),
    idle: () => queue,
  };
}
