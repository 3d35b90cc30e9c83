/**
 * `board:join` / `board:leave`: a socket subscribes to one board's server-authoritative events
 * (comments, meeting state). The board is checked by boardAccess, like the Yjs endpoint: a board
 * of another workspace is "not found", never "forbidden".
 */
import type { Logger } from 'pino';
import { ID_PATTERN, type Ack } from '@orderlane/shared';
import { boardAccess, READING } from '../access/boardAccess';
import { AppError } from '../errors/AppError';
import type { Storage } from '../persistence/Storage';
import { ackRefusal } from './ackRefusal';
import { boardRoom, type SocketServer } from './socketTypes';

const MAX_BOARDS_PER_SOCKET = 50;

export function attachBoardChannel(io: SocketServer, storage: Storage, logger: Logger): void {
  io.on('connection', (socket) => {
    socket.on('board:join', (boardId: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const reply = ack as (result: Ack) => void;
      if (typeof boardId !== 'string' || !ID_PATTERN.test(boardId)) {
        reply({ ok: false, error: { code: 'bad_request', message: 'expected a board id' } });
        return;
      }
      const joined = [...socket.rooms].filter((r) => r.startsWith('board:')).length;
      if (joined >= MAX_BOARDS_PER_SOCKET) {
        reply({ ok: false, error: { code: 'rate_limited', message: 'too many boards joined' } });
        return;
      }
      // Its events are what one reads of a board (comments, meetings): archived boards too.
      boardAccess(storage, socket.data.auth, boardId, READING).then(
        (board) => {
          void socket.join(boardRoom(board.id));
          reply({ ok: true });
        },
        (err: unknown) => {
          if (!(err instanceof AppError)) logger.error({ err }, 'board:join failed');
          reply(ackRefusal(err, ['not_found']));
        },
      );
    });
    socket.on('board:leave', (boardId: unknown) => {
      if (typeof boardId === 'string') void socket.leave(boardRoom(boardId));
    });
  });
}
