/**
 * The live rooms of this process, one per board: created on the first connection, unloaded
 * (flushed, compacted, freed) a grace period after the last one leaves, all closed on shutdown.
 */
import type { Logger } from 'pino';
import type { DocumentLog } from '../persistence/DocumentLog';
import { Room } from './Room';
import type { RoomConnectionInfo, RoomSocket } from './RoomConnection';
import type { RoomHooks } from './RoomHooks';

export interface RoomRegistryOptions {
  documents: DocumentLog;
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
  private readonly hooks = new Set<RoomHooks>();

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.rooms.size;
  }

  /** The loaded room of a board, if any (for tests and diagnostics). */
  get(boardId: string): Room | undefined {
    return this.rooms.get(boardId);
  }

  /**
   * Adds lifecycle hooks to every room, from the next event on (a room already loaded does not
   * get `afterLoad` again). Returns the function that removes them.
   */
  addHooks(hooks: RoomHooks): () => void {
    this.hooks.add(hooks);
    return () => this.hooks.delete(hooks);
  }

  private roomOf(boardId: string): Room {
    let room = this.rooms.get(boardId);
    if (room?.isFailed) {
      const timer = this.unloadTimers.get(room);
      if (timer) clearTimeout(timer);
      this.unloadTimers.delete(room);
      this.rooms.delete(boardId);
      void this.closeRoom(room);
      room = undefined;
    }
    if (!room) {
      room = new Room({
        boardId,
        documents: this.options.documents,
        logger: this.options.logger,
        hooks: this.hooks,
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
    return room;
  }

  /**
   * A board's live room for the server's own use (reading the live document, or changing it
   * with `room.changeDocument`), once loaded; it unloads after the grace period if nobody
   * connects. Throws when the board's document could not be loaded (the next call tries again).
   */
  async open(boardId: string): Promise<Room> {
    if (this.closed) throw new Error('shutting down');
    const room = this.roomOf(boardId);
    this.scheduleUnload(room);
    await room.whenReady();
    return room;
  }

  join(boardId: string, socket: RoomSocket, info: RoomConnectionInfo): Room {
    const room = this.roomOf(boardId);
    room.handleConnection(socket, info);
    if (this.closed) socket.close(1012, 'shutting down');
    return room;
  }

  leave(room: Room, socket: RoomSocket): void {
    room.handleClose(socket);
    this.scheduleUnload(room);
  }

  private scheduleUnload(room: Room): void {
    if (room.connectionCount > 0 || this.unloadTimers.has(room) || this.closed) return;
    if (this.rooms.get(room.boardId) !== room) return;
    const timer = setTimeout(() => this.unload(room), this.options.unloadAfterMs ?? 8_000);
    timer.unref();
    this.unloadTimers.set(room, timer);
  }

  /**
   * Ends a board's live room now (the board was archived): every connection is closed with
   * `code` and out of the room at once, so nothing they send afterwards is applied; what was
   * received before is flushed. A later connection or `open` loads the board afresh.
   */
  async closeBoard(boardId: string, code: number, reason: string): Promise<void> {
    const room = this.rooms.get(boardId);
    if (!room) return;
    const timer = this.unloadTimers.get(room);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(room);
    await this.retire(room, code, reason);
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
    void this.retire(room);
  }

  /** Takes a room out of the registry and closes it; the board's next room loads after it. */
  private retire(room: Room, code?: number, reason?: string): Promise<void> {
    this.rooms.delete(room.boardId);
    const done = this.closeRoom(room, code, reason);
    this.unloading.set(room.boardId, done);
    void done.finally(() => {
      if (this.unloading.get(room.boardId) === done) this.unloading.delete(room.boardId);
    });
    return done;
  }

  private async closeRoom(room: Room, code?: number, reason?: string): Promise<void> {
    try {
      await room.close(code, reason);
    } catch (error) {
      this.options.logger.error({ err: error, boardId: room.boardId }, 'room close failed');
    }
  }
}
