/** The comment, history, follow and notification routes of docs/api.md, typed with shared DTOs. */
import type {
  CardTimelineDto,
  CommentDto,
  CommentListDto,
  FollowDto,
  NotificationListDto,
  NotificationUnreadDto,
} from '@orderlane/shared';
import { apiRequest } from './http';

const card = (boardId: string, cardId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/cards/${encodeURIComponent(cardId)}`;

export const activityApi = {
  comments: (boardId: string, cardId: string) =>
    apiRequest<CommentListDto>('GET', `${card(boardId, cardId)}/comments`),
  postComment: (boardId: string, cardId: string, body: string) =>
    apiRequest<CommentDto>('POST', `${card(boardId, cardId)}/comments`, { body }),
  editComment: (boardId: string, cardId: string, id: string, body: string) =>
    apiRequest<CommentDto>('PATCH', `${card(boardId, cardId)}/comments/${encodeURIComponent(id)}`, {
      body,
    }),
  deleteComment: (boardId: string, cardId: string, id: string) =>
    apiRequest<CommentDto>('DELETE', `${card(boardId, cardId)}/comments/${encodeURIComponent(id)}`),
  history: (boardId: string, cardId: string) =>
    apiRequest<CardTimelineDto>('GET', `${card(boardId, cardId)}/history`),
  follow: (boardId: string, cardId: string, following: boolean) =>
    apiRequest<FollowDto>(following ? 'POST' : 'DELETE', `${card(boardId, cardId)}/follow`),
  notifications: (limit = 50, before?: number) =>
    apiRequest<NotificationListDto>(
      'GET',
      `/api/notifications?limit=${limit}${before === undefined ? '' : `&before=${before}`}`,
    ),
  markRead: (body: { ids: string[] } | { all: true }) =>
    apiRequest<NotificationUnreadDto>('POST', '/api/notifications/read', body),
};
