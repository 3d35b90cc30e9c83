/**
 * Action items of a meeting series: created and changed through the API so the owner can be
 * notified (a client may still tick `done` in the document directly), and looked up per order
 * card so a card shows the follow-ups decided about it.
 */
import {
  addActionItem,
  addAgendaItem,
  getActionItem,
  getCard,
  listActionItems,
  listAgendaItems,
  placeAmong,
  updateActionItem,
  type ActionItem,
  type ActionItemCreateBody,
  type ActionItemPatchBody,
  type AgendaItem,
  type AgendaItemCreateBody,
  type CardActionItemDto,
  type CardId,
  newId,
} from '@orderlane/shared';
import type { Notifier } from '../activity/Notifier';
import type { AuthContext } from '../auth/AuthContext';
import { boardAccess, findBoard, READING } from '../access/boardAccess';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import { meetingOf, type MeetingServiceDeps } from './meetingLookup';
import { notifyActionItemOwner } from './notifyActionItemOwner';

export class ActionItemService {
  constructor(
    private readonly deps: MeetingServiceDeps,
    private readonly notifier: Notifier,
  ) {}

  private async assertCard(auth: AuthContext, boardId: string, cardId: string): Promise<void> {
    if (!(await findBoard(this.deps.storage, auth.workspaceId, boardId, 'orders')))
      throw new AppError('bad_request', 'the card must be on an order board of this workspace');
    const room = await this.deps.rooms.open(boardId);
    if (!getCard(room.doc, cardId as CardId)) throw new AppError('bad_request', 'no such card');
  }

  private async assertOwner(auth: AuthContext, ownerId: string): Promise<void> {
    if (!(await this.deps.storage.accounts.getMember(auth.workspaceId, ownerId)))
      throw new AppError('bad_request', 'the owner is not a member of this workspace');
  }

  async create(
    series: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    body: ActionItemCreateBody,
  ): Promise<ActionItem> {
    await this.assertOwner(auth, body.ownerId);
    if (body.boardId && body.cardId) await this.assertCard(auth, body.boardId, body.cardId);
    const room = await this.deps.rooms.open(series.id);
    meetingOf(room.doc, meetingId);
    if (body.agendaItemId) {
      const item = listAgendaItems(room.doc, meetingId).find((i) => i.id === body.agendaItemId);
      if (!item) throw new AppError('bad_request', 'no such agenda item in this meeting');
    }
    const id = newId();
    const now = this.deps.now();
    await room.changeDocument((doc) => {
      addActionItem(
        doc,
        {
          id,
          title: body.title,
          ownerId: body.ownerId,
          dueDate: body.dueDate,
          boardId: body.boardId ?? null,
          cardId: body.cardId ?? null,
          createdInMeetingId: meetingId,
          agendaItemId: body.agendaItemId ?? null,
          pdcaPhase: body.pdcaPhase ?? null,
          position: placeAmong(listActionItems(doc), {}, Math.random),
          createdBy: auth.userId,
        },
        now,
      );
    }, auth);
    const item = getActionItem(room.doc, id)!;
    await notifyActionItemOwner(this.deps, this.notifier, series, auth, item);
    return item;
  }

  /**
   * Edits an item (title, owner, due date, linked card, done); a new owner is told, the old one
   * and the editor are not. The meeting it is edited from must exist.
   */
  async patch(
    series: BoardRecord,
    auth: AuthContext,
    actionItemId: string,
    body: ActionItemPatchBody,
    meetingId: string,
  ): Promise<ActionItem> {
    const room = await this.deps.rooms.open(series.id);
    meetingOf(room.doc, meetingId);
    const before = getActionItem(room.doc, actionItemId);
    if (!before) throw new AppError('not_found', 'no such action item');
    if (body.ownerId) await this.assertOwner(auth, body.ownerId);
    if (body.boardId && body.cardId) await this.assertCard(auth, body.boardId, body.cardId);
    await room.changeDocument((doc) => {
      updateActionItem(doc, actionItemId, body, this.deps.now());
    }, auth);
    const item = getActionItem(room.doc, actionItemId)!;
    if (body.ownerId && body.ownerId !== before.ownerId)
      await notifyActionItemOwner(this.deps, this.notifier, series, auth, item);
    return item;
  }

  /** A person's own agenda item (a topic, or a card nobody's rule picked). */
  async addAgendaItem(
    series: BoardRecord,
    auth: AuthContext,
    meetingId: string,
    body: AgendaItemCreateBody,
  ): Promise<AgendaItem> {
    if ((body.boardId === undefined) !== (body.cardId === undefined))
      throw new AppError('bad_request', 'give both boardId and cardId, or neither');
    if (body.boardId && body.cardId) await this.assertCard(auth, body.boardId, body.cardId);
    const room = await this.deps.rooms.open(series.id);
    meetingOf(room.doc, meetingId);
    const id = newId();
    const sectionKey = body.sectionKey ?? 'topics';
    await room.changeDocument((doc) => {
      const inSection = listAgendaItems(doc, meetingId).filter((i) => i.sectionKey === sectionKey);
      addAgendaItem(
        doc,
        {
          id,
          meetingId,
          title: body.title,
          position: placeAmong(inSection, {}, Math.random),
          source: 'person',
          kind: body.cardId ? 'card' : 'topic',
          sectionKey,
          boardId: body.boardId ?? null,
          cardId: body.cardId ?? null,
          timeboxSeconds: body.timeboxSeconds ?? null,
          createdBy: auth.userId,
        },
        this.deps.now(),
      );
    }, auth);
    return listAgendaItems(room.doc, meetingId).find((i) => i.id === id)!;
  }

  /** The action items about one order card, from every meeting series of the workspace. */
  async forCard(auth: AuthContext, boardId: string, cardId: string): Promise<CardActionItemDto[]> {
    await boardAccess(this.deps.storage, auth, boardId, READING);
    const series = (await this.deps.storage.boards.list(auth.workspaceId)).filter(
      (b) => b.kind === 'meeting' && !b.archived,
    );
    const found: CardActionItemDto[] = [];
    for (const s of series) {
      const room = await this.deps.rooms.open(s.id);
      for (const item of listActionItems(room.doc)) {
        if (item.boardId === boardId && item.cardId === cardId)
          found.push({ ...item, meetingBoardId: s.id, meetingBoardTitle: s.title });
      }
    }
    // Open ones first, soonest due first: what the card's owner should look at.
    return found.sort(
      (a, b) =>
        Number(a.done) - Number(b.done) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.createdAt - b.createdAt,
    );
  }
}
