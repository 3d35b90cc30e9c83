/**
 * The facilitator's controls and the shared clock over socket.io (`meeting:*`, docs/meetings.md).
 * Every payload is validated; a refused or bad request gets an error ack and changes nothing.
 * Everyone in the meeting (the board's socket room) receives `meeting:state` on every change.
 */
import type { Logger } from 'pino';
import type { z } from 'zod';
import {
  meetingAdvancePayload,
  meetingGotoPayload,
  meetingHandoverPayload,
  meetingJoinPayload,
  meetingLanePayload,
  meetingPausePayload,
  type MeetingAck,
  type MeetingControl,
  type MeetingStateEvent,
} from '@orderlane/shared';
import type { AuthContext } from '../auth/AuthContext';
import { HttpError } from '../http/HttpError';
import type { MeetingServices } from '../meetings/meetingServices';
import type { PresenceServer, PresenceSocket } from './presence';
import { boardRoom } from './RealtimeBus';

type AckCode = Extract<MeetingAck, { ok: false }>['error']['code'];
const ACK_CODES: readonly AckCode[] = ['bad_request', 'forbidden', 'not_found', 'conflict'];

function refusal(error: unknown): MeetingAck {
  if (error instanceof HttpError && (ACK_CODES as readonly string[]).includes(error.code))
    return { ok: false, error: { code: error.code as AckCode, message: error.message } };
  return { ok: false, error: { code: 'internal', message: 'try again' } };
}

export interface MeetingChannelDeps {
  /** The server's meeting services, the ones its HTTP routes use. */
  meetings: MeetingServices;
  now: () => number;
  logger: Logger;
}

export function attachMeetingChannel(io: PresenceServer, deps: MeetingChannelDeps): void {
  const { occurrences, running } = deps.meetings;

  /** One handler: validate, run, answer; never throws into socket.io. */
  function handle<S extends z.ZodType<{ boardId: string; meetingId: string }>>(
    socket: PresenceSocket,
    event: string,
    schema: S,
    run: (auth: AuthContext, payload: z.output<S>) => Promise<MeetingStateEvent>,
  ): void {
    socket.on(event as 'meeting:join', (payload: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as (res: MeetingAck) => void;
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        reply({ ok: false, error: { code: 'bad_request', message: 'invalid payload' } });
        return;
      }
      run(socket.data.auth, parsed.data).then(
        (meeting) => reply({ ok: true, meeting }),
        (error: unknown) => {
          if (!(error instanceof HttpError))
            deps.logger.error({ err: error, event }, 'meeting event failed');
          reply(refusal(error));
        },
      );
    });
  }

  const control =
    (toControl: (p: never) => MeetingControl) =>
    async (auth: AuthContext, p: { boardId: string; meetingId: string }) => {
      const board = await occurrences.seriesOf(auth, p.boardId);
      if (auth.access === 'viewer') throw new HttpError('forbidden', 'viewers cannot run meetings');
      return running.control(board, auth, p.meetingId, toControl(p as never));
    };

  io.on('connection', (socket) => {
    handle(socket, 'meeting:join', meetingJoinPayload, async (auth, p) => {
      const board = await occurrences.seriesOf(auth, p.boardId);
      await socket.join(boardRoom(board.id));
      return running.join(board, auth, p.meetingId);
    });
    socket.on('meeting:leave', (payload: unknown) => {
      const parsed = meetingJoinPayload.safeParse(payload);
      if (parsed.success) void socket.leave(boardRoom(parsed.data.boardId));
    });
    handle(
      socket,
      'meeting:advance',
      meetingAdvancePayload,
      control((p: z.output<typeof meetingAdvancePayload>) => ({
        kind: 'advance',
        direction: p.direction,
      })),
    );
    handle(
      socket,
      'meeting:goto',
      meetingGotoPayload,
      control((p: z.output<typeof meetingGotoPayload>) => ({ kind: 'goto', itemId: p.itemId })),
    );
    handle(
      socket,
      'meeting:lane',
      meetingLanePayload,
      control((p: z.output<typeof meetingLanePayload>) => ({
        kind: 'lane',
        sectionKey: p.sectionKey,
      })),
    );
    handle(
      socket,
      'meeting:handover',
      meetingHandoverPayload,
      control((p: z.output<typeof meetingHandoverPayload>) => ({
        kind: 'handover',
        userId: p.userId,
      })),
    );
    handle(
      socket,
      'meeting:pause',
      meetingPausePayload,
      control((p: z.output<typeof meetingPausePayload>) => ({ kind: 'pause', paused: p.paused })),
    );
    socket.on('meeting:time', (ack: unknown) => {
      if (typeof ack === 'function') (ack as (now: number) => void)(deps.now());
    });
  });
}
