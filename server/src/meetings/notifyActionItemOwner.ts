/**
 * Tells an action item's owner it is theirs: in their inbox and live through the Notifier of
 * issue 4 (an `assigned` notification about the order card the item concerns, or about the
 * meeting board when it concerns none), plus `actionItem:assigned` for an open meeting screen.
 * TODO(issue 4/5): a dedicated notification kind `actionItem`, so the inbox can say "action item"
 * and open the meeting rather than the card.
 */
import { newId, type ActionItem } from '@orderlane/shared';
import { Notifier } from '../activity/Notifier';
import type { AuthContext } from '../auth/AuthContext';
import type { BoardRecord } from '../persistence/Storage';
import type { MeetingServiceDeps } from './MeetingService';

export async function notifyActionItemOwner(
  deps: MeetingServiceDeps,
  series: BoardRecord,
  actor: AuthContext,
  item: ActionItem,
): Promise<void> {
  const ownerId = item.ownerId;
  if (!ownerId || ownerId === actor.userId) return;
  const actorName = (await deps.storage.getUser(actor.userId))?.name ?? '';
  deps.bus.toUser(ownerId, 'actionItem:assigned', {
    actionItem: item,
    meetingBoardId: series.id,
    meetingBoardTitle: series.title,
    actorId: actor.userId,
    actorName,
  });
  try {
    await new Notifier({ ...deps, newId }).notify({
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
