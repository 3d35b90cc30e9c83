/**
 * Tells an action item's owner it is theirs: in their inbox and live through the server's
 * Notifier (an `assigned` notification about the order card the item concerns, or about the
 * meeting board when it concerns none), plus `actionItem:assigned` for an open meeting screen.
 * The inbox shows it as an assignment to the card; it has no kind of its own that would open the
 * meeting instead.
 */
import type { ActionItem } from '@orderlane/shared';
import type { Notifier } from '../activity/Notifier';
import type { AuthContext } from '../auth/AuthContext';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { MeetingServiceDeps } from './meetingLookup';

export async function notifyActionItemOwner(
  deps: MeetingServiceDeps,
  notifier: Notifier,
  series: BoardRecord,
  actor: AuthContext,
  item: ActionItem,
): Promise<void> {
  const ownerId = item.ownerId;
  if (!ownerId || ownerId === actor.userId) return;
  const actorName = (await deps.storage.accounts.getUser(actor.userId))?.name ?? '';
  deps.bus.toUser(ownerId, 'actionItem:assigned', {
    actionItem: item,
    meetingBoardId: series.id,
    meetingBoardTitle: series.title,
    actorId: actor.userId,
    actorName,
  });
  try {
    await notifier.notify({
      workspaceId: series.workspaceId,
      boardId: item.boardId ?? series.id,
      cardId: item.cardId ?? '',
      cardTitle: item.title,
      actorId: actor.userId,
      source: 'card',
      commentId: null,
      text: `${item.title}${item.dueDate ? ` (${item.dueDate})` : ''}`,
      events: [{ kind: 'assigned', authorId: actor.userId, ownerId }],
      // Two items for one person are two pieces of news, even about the same card.
      subject: `actionItem/${item.id}`,
    });
  } catch (error) {
    // The live event went out; an inbox entry that failed must not undo the action item.
    deps.logger.error({ err: error }, 'action item notification not stored');
  }
}
