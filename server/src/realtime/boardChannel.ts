/**
 * `board:join` / `board:leave`: a socket subscribes to one board's server-authoritative events
 * (comments, meeting state). Membership is checked like the Yjs endpoint: a board of another
 * workspace is "not found", never "forbidden".
 */
import type { Logger } from 'pino';
import { ID_PATTERN, type Ack } from '@orderlane/shared';
import type { Storage } from '../persistence/Storage';
import type { PresenceServer } from './presence';
import { boardRoom } from './RealtimeBus';

const MAX_BOARDS_PER_SOCKET = 50;

export function attachBoardChannel(io: PresenceServer, storage: Storage, logger: Logger): void {
  io.on('connection', (socket) => {
    const { auth } = socket.data;
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
      storage.boards.get(boardId).then(
        (board) => {
          if (!board || board.workspaceId !== auth.workspaceId) {
            reply({ ok: false, error: { code: 'not_found', message: 'no such board' } });
            return;
          }
          void socket.join(boardRoom(boardId));
          reply({ ok: true });
        },
        (err: unknown) => {
          logger.error({ err }, 'board:join failed');
          reply({ ok: false, error: { code: 'internal', message: 'try again' } });
        },
      );
    });
    socket.on('board:leave', (boardId: unknown) => {
      if (typeof boardId === 'string') void socket.leave(boardRoom(boardId));
    });
  });
}
