/** The meeting routes of docs/meetings.md, typed with the shared DTOs. */
import type {
  ActionItem,
  AgendaItem,
  AgendaItemCreateBody,
  ActionItemCreateBody,
  ActionItemPatchBody,
  CardActionItemDto,
  MeetingCreateBody,
  MeetingDto,
  MeetingHistoryEventsDto,
  MeetingListDto,
  MinutesDto,
} from '@orderlane/shared';
import { apiRequest } from '../../api/http';

const series = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}`;
const meeting = (boardId: string, meetingId: string) =>
  `${series(boardId)}/meetings/${encodeURIComponent(meetingId)}`;

export const meetingApi = {
  list: (boardId: string) => apiRequest<MeetingListDto>('GET', `${series(boardId)}/meetings`),
  create: (boardId: string, body: MeetingCreateBody) =>
    apiRequest<MeetingDto>('POST', `${series(boardId)}/meetings`, body),
  start: (boardId: string, meetingId: string) =>
    apiRequest<MeetingDto>('POST', `${meeting(boardId, meetingId)}/start`, {}),
  end: (boardId: string, meetingId: string) =>
    apiRequest<MeetingDto>('POST', `${meeting(boardId, meetingId)}/end`, {}),
  /** The card-history events the server's agenda rules read for this meeting. */
  historyEvents: (boardId: string, meetingId: string) =>
    apiRequest<MeetingHistoryEventsDto>('GET', `${meeting(boardId, meetingId)}/history-events`),
  minutes: (boardId: string, meetingId: string) =>
    apiRequest<MinutesDto>('GET', `${meeting(boardId, meetingId)}/minutes`),
  /** The server's Markdown export (a download link points here). */
  minutesMarkdownUrl: (boardId: string, meetingId: string, locale: 'en' | 'zh') =>
    `${meeting(boardId, meetingId)}/minutes.md?locale=${locale}`,
  addAgendaItem: (boardId: string, meetingId: string, body: AgendaItemCreateBody) =>
    apiRequest<AgendaItem>('POST', `${meeting(boardId, meetingId)}/agenda-items`, body),
  createActionItem: (boardId: string, meetingId: string, body: ActionItemCreateBody) =>
    apiRequest<ActionItem>('POST', `${meeting(boardId, meetingId)}/action-items`, body),
  /** Edits an item (title, owner, due date, card, done); a new owner is notified. */
  updateActionItem: (
    boardId: string,
    meetingId: string,
    actionItemId: string,
    body: ActionItemPatchBody,
  ) =>
    apiRequest<ActionItem>(
      'PATCH',
      `${meeting(boardId, meetingId)}/action-items/${encodeURIComponent(actionItemId)}`,
      body,
    ),
  cardActionItems: (orderBoardId: string, cardId: string) =>
    apiRequest<{ items: CardActionItemDto[] }>(
      'GET',
      `${series(orderBoardId)}/cards/${encodeURIComponent(cardId)}/action-items`,
    ),
};
