/**
 * Comments, card history and notifications over the tab's one socket.io connection (the presence
 * socket). Notifications reach the user's own sockets without asking; a board's comment and
 * history events need `board:join`, which is repeated after every reconnect (rooms do not survive
 * a new connection).
 */
import type { CardHistoryEntryDto, CommentDto, NotificationDto } from '@orderlane/shared';
import { useActivityStore } from '../store/activityStore';
import { useNotificationStore } from '../store/notificationStore';
import { subscribeSocket, type PresenceSocket } from './presenceSocket';

const joined = new Map<string, number>();
let socket: PresenceSocket | null = null;
let users = 0;
let unsubscribe: (() => void) | null = null;

function isComment(value: unknown): value is CommentDto {
  const c = value as CommentDto | null;
  return !!c && typeof c === 'object' && typeof c.id === 'string' && typeof c.cardId === 'string';
}

function isNotification(value: unknown): value is NotificationDto {
  const n = value as NotificationDto | null;
  return !!n && typeof n === 'object' && typeof n.id === 'string' && typeof n.boardId === 'string';
}

const onComment = (comment: unknown) => {
  if (isComment(comment)) useActivityStore.getState().applyComment(comment);
};
const onHistory = (entries: unknown) => {
  if (Array.isArray(entries)) {
    useActivityStore.getState().applyHistory(entries as CardHistoryEntryDto[]);
  }
};
const onNotification = (notification: unknown) => {
  if (isNotification(notification)) useNotificationStore.getState().receive(notification);
};
const onUnread = (payload: unknown) => {
  const unread = (payload as { unread?: unknown } | null)?.unread;
  if (typeof unread === 'number') useNotificationStore.getState().setUnread(unread);
};
const onConnect = () => {
  void useNotificationStore.getState().load();
  for (const boardId of joined.keys()) socket?.emit('board:join', boardId, () => {});
  // A comment posted while this tab was disconnected: reload the open card's timeline.
  const { boardId, cardId } = useActivityStore.getState();
  if (boardId && cardId && joined.has(boardId)) {
    void useActivityStore.getState().open(boardId, cardId);
  }
};

/** Adds (`on`) or removes (`off`) this module's listeners, the one list of what it hears. */
function listen(target: PresenceSocket, op: 'on' | 'off'): void {
  target[op]('connect', onConnect);
  target[op]('comment:created', onComment);
  target[op]('comment:updated', onComment);
  target[op]('comment:deleted', onComment);
  target[op]('card:history', onHistory);
  target[op]('notification', onNotification);
  target[op]('notification:unread', onUnread);
}

function attach(next: PresenceSocket | null): void {
  if (socket) listen(socket, 'off');
  socket = next;
  if (!next) {
    useNotificationStore.getState().reset();
    return;
  }
  listen(next, 'on');
  if (next.connected) onConnect();
  else void useNotificationStore.getState().load();
}

/** Starts listening while some screen needs it (the inbox button); returns the stop function. */
export function startActivitySocket(): () => void {
  users++;
  if (!unsubscribe) unsubscribe = subscribeSocket(attach);
  return () => {
    users--;
    if (users > 0 || !unsubscribe) return;
    unsubscribe();
    unsubscribe = null;
    attach(null);
  };
}

/** Receive a board's comment and history events until the returned function is called. */
export function joinBoardActivity(boardId: string): () => void {
  const stop = startActivitySocket();
  const count = joined.get(boardId) ?? 0;
  joined.set(boardId, count + 1);
  if (count === 0 && socket?.connected) socket.emit('board:join', boardId, () => {});
  return () => {
    const left = (joined.get(boardId) ?? 1) - 1;
    if (left > 0) joined.set(boardId, left);
    else {
      joined.delete(boardId);
      socket?.emit('board:leave', boardId);
    }
    stop();
  };
}
