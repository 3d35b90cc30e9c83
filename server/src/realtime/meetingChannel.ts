/**
 * The facilitator's controls and the shared clock over socket.io (`meeting:*`, docs/meetings.md).
 * Every payload is validated; a refused or bad request gets an error ack and changes nothing.
 * Everyone in the meeting (the board's socket room) receives `meeting:state` on every change.
 */
import type { Logger } from 'pino';
import type { z } from 'zod';
import {
  MEETING_CONTROLS,
  meetingControlEvent,
  meetingControlSchema,
  meetingJoinPayload,
  type MeetingAck,
  type MeetingControl,
  type MeetingStateEvent,
} from '@orderlane/shared';
import { READING, WRITING } from '../access/boardAccess';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { MeetingServices } from '../meetings/meetingServices';
import { ackRefusal } from './ackRefusal';
import { boardRoom, type ServerSocket, type SocketServer } from './socketTypes';

const ACK_CODES = ['bad_request', 'forbidden', 'not_found', 'conflict'] as const;

export interface MeetingChannelDeps {
  /** The server's meeting services, the ones its HTTP routes use. */
  meetings: MeetingServices;
  now: () => number;
  logger: Logger;
}

export function attachMeetingChannel(io: SocketServer, deps: MeetingChannelDeps): void {
  const { occurrences, running } = deps.meetings;

  /** One handler: validate, run, answer; never throws into socket.io. */
  function handle<S extends z.ZodType<{ boardId: string; meetingId: string }>>(
    socket: ServerSocket,
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
          if (!(error instanceof AppError))
            deps.logger.error({ err: error, event }, 'meeting event failed');
          reply(ackRefusal(error, ACK_CODES));
        },
      );
    });
  }

  const control = async (
    auth: AuthContext,
    p: { boardId: string; meetingId: string; control: MeetingControl },
  ) => {
    const board = await occurrences.seriesOf(auth, p.boardId, WRITING);
    return running.control(board, auth, p.meetingId, p.control);
  };

  io.on('connection', (socket) => {
    handle(socket, 'meeting:join', meetingJoinPayload, async (auth, p) => {
      const board = await occurrences.seriesOf(auth, p.boardId, READING);
      await socket.join(boardRoom(board.id));
      return running.join(board, auth, p.meetingId);
    });
    socket.on('meeting:leave', (payload: unknown) => {
      const parsed = meetingJoinPayload.safeParse(payload);
      if (parsed.success) void socket.leave(boardRoom(parsed.data.boardId));
    });
    for (const kind of MEETING_CONTROLS)
      handle(socket, meetingControlEvent(kind), meetingControlSchema(kind), control);
    socket.on('meeting:time', (ack: unknown) => {
      if (typeof ack === 'function') (ack as (now: number) => void)(deps.now());
    });
  });
}
