/**
 * Meeting series routes under /api/boards/:boardId (docs/meetings.md): occurrences, the agenda
 * from the live linked boards, start/end, frozen minutes (JSON and Markdown), agenda and action
 * items, and the action items shown on an order card.
 */
import { Router, type Request } from 'express';
import {
  ID_PATTERN,
  actionItemCreateBody,
  actionItemPatchBody,
  agendaItemCreateBody,
  meetingCreateBody,
  meetingStartBody,
  minutesToMarkdown,
  type AgendaDto,
} from '@orderlane/shared';
import type { ApiContext } from '../ApiContext';
import { HttpError } from '../HttpError';
import { parseBody } from '../parseBody';
import { assertWriter, authOf, requireMember } from '../requireMember';

/** A path id; a malformed one is simply not found. */
function param(req: Request, name: string): string {
  const value = String(req.params[name]);
  if (!ID_PATTERN.test(value))
    throw new HttpError('not_found', `no such ${name.replace(/Id$/, '')}`);
  return value;
}

export function meetingRoutes(ctx: ApiContext): Router {
  const router = Router();
  const member = requireMember(ctx.authenticate);
  const writes = ctx.writeBudget;
  const { occurrences, agendas, running, minutesKeeper, actionItems } = ctx.services.meetings;
  const series = (req: Request, res: Parameters<typeof authOf>[0]) =>
    occurrences.seriesOf(authOf(res), param(req, 'boardId'));

  router.get('/:boardId/meetings', member, async (req, res) => {
    res.json(await occurrences.listMeetings(await series(req, res)));
  });

  router.post('/:boardId/meetings', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    const body = parseBody(meetingCreateBody, req.body ?? {});
    const { created, meeting } = await occurrences.createMeeting(board, auth, body);
    res.status(created ? 201 : 200).json(meeting);
  });

  router.get('/:boardId/meetings/:meetingId', member, async (req, res) => {
    res.json(await occurrences.getMeeting(await series(req, res), param(req, 'meetingId')));
  });

  router.get('/:boardId/meetings/:meetingId/agenda', member, async (req, res) => {
    const { view } = await agendas.agenda(await series(req, res), param(req, 'meetingId'));
    const dto: AgendaDto = { ...view, serverNow: ctx.now() };
    res.json(dto);
  });

  router.get('/:boardId/meetings/:meetingId/history-events', member, async (req, res) => {
    const board = await series(req, res);
    res.json(await agendas.historyEvents(board, param(req, 'meetingId')));
  });

  router.post('/:boardId/meetings/:meetingId/start', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    const body = parseBody(meetingStartBody, req.body ?? {});
    res.json(await running.start(board, auth, param(req, 'meetingId'), body.facilitatorId));
  });

  router.post('/:boardId/meetings/:meetingId/end', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    res.json(await minutesKeeper.end(board, auth, param(req, 'meetingId')));
  });

  router.get('/:boardId/meetings/:meetingId/minutes', member, async (req, res) => {
    res.json(await minutesKeeper.minutes(await series(req, res), param(req, 'meetingId')));
  });

  router.get('/:boardId/meetings/:meetingId/minutes.md', member, async (req, res) => {
    const { minutes } = await minutesKeeper.minutes(
      await series(req, res),
      param(req, 'meetingId'),
    );
    const locale = req.query.locale === 'zh' ? 'zh' : 'en';
    res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="minutes-${minutes.date}.md"`);
    res.send(minutesToMarkdown(minutes, locale));
  });

  router.post('/:boardId/meetings/:meetingId/agenda-items', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    const body = parseBody(agendaItemCreateBody, req.body);
    res
      .status(201)
      .json(await actionItems.addAgendaItem(board, auth, param(req, 'meetingId'), body));
  });

  router.post('/:boardId/meetings/:meetingId/action-items', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    const body = parseBody(actionItemCreateBody, req.body);
    res.status(201).json(await actionItems.create(board, auth, param(req, 'meetingId'), body));
  });

  router.patch(
    '/:boardId/meetings/:meetingId/action-items/:actionItemId',
    member,
    writes,
    async (req, res) => {
      const auth = authOf(res);
      const board = await series(req, res);
      assertWriter(auth);
      const body = parseBody(actionItemPatchBody, req.body);
      const meetingId = param(req, 'meetingId');
      res.json(await actionItems.patch(board, auth, param(req, 'actionItemId'), body, meetingId));
    },
  );

  // The series-wide form, kept for older clients (the meeting-scoped one above is preferred).
  router.patch('/:boardId/action-items/:actionItemId', member, writes, async (req, res) => {
    const auth = authOf(res);
    const board = await series(req, res);
    assertWriter(auth);
    const body = parseBody(actionItemPatchBody, req.body);
    res.json(await actionItems.patch(board, auth, param(req, 'actionItemId'), body));
  });

  router.get('/:boardId/cards/:cardId/action-items', member, async (req, res) => {
    const items = await actionItems.forCard(
      authOf(res),
      param(req, 'boardId'),
      param(req, 'cardId'),
    );
    res.json({ items });
  });

  return router;
}
