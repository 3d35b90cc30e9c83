/**
 * The live rooms of this process, one per board: created on the first connection, unloaded
 * (flushed, compacted, freed) a grace period after the last one leaves, all closed on shutdown.
 */
import type { Logger } from 'pino';
import type { Storage } from '../persistence/Storage';
import { Room } from './Room';
import type { RoomConnectionInfo, RoomSocket } from './RoomConnection';

export interface RoomRegistryOptions {
  storage: Storage;
  logger: Logger;
  /** How long an empty room stays loaded, in case someone reconnects. */
  unloadAfterMs?: number;
  compactAfterUpdates?: number;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  /** Rooms still flushing after unload: a new room of that board loads after them. */
  private readonly unloading = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.rooms.size;
  }

  /** The loaded room of a board, if any (for tests and diagnostics). */
  get(boardId: string): Room | undefined {
    return this.rooms.get(boardId);
  }

  join(boardId: string, socket: RoomSocket, info: RoomConnectionInfo): Room {
    let room = this.rooms.get(boardId);
    if (!room) {
      room = new Room({
        boardId,
        storage: this.options.storage,
        logger: this.options.logger,
        compactAfterUpdates: this.options.compactAfterUpdates ?? 500,
        after: this.unloading.get(boardId),
      });
      this.rooms.set(boardId, room);
    }
    const timer = this.unloadTimers.get(room);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(room);
    }
    room.handleConnection(socket, info);
    if (this.closed) socket.close(1012, 'shutting down');
    return room;
  }

  leave(room: Room, socket: RoomSocket): void {
    room.handleClose(socket);
    if (room.connectionCount > 0 || this.unloadTimers.has(room) || this.closed) return;
    if (this.rooms.get(room.boardId) !== room) return;
    const timer = setTimeout(() => this.unload(room), this.options.unloadAfterMs ?? 8_000);
    timer.unref();
    this.unloadTimers.set(room, timer);
  }

  /** Flushes every room to storage and frees them (graceful shutdown). */
  async closeAll(): Promise<void> {
    this.closed = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    await Promise.all([...rooms.map((room) => this.closeRoom(room)), ...this.unloading.values()]);
  }

  private unload(room: Room): void {
    this.unloadTimers.delete(room);
    if (room.connectionCount > 0 || this.rooms.get(room.boardId) !== room) return;
    this.rooms.delete(room.boardId);
    const done = this.closeRoom(room);
    this.unloading.set(room.boardId, done);
    void done.finally(() => {
      if (this.unloading.get(room.boardId) === done) this.unloading.delete(room.boardId);
    });
  }

  private async closeRoom(room: Room): Promise<void> {
    try {
      await room.close();
    } catch (error) {
      this.options.logger.error({ err: error, boardId: room.boardId }, 'room close failed');
    }
  }
}
