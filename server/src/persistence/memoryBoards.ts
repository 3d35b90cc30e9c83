/** BoardStorage in memory (MemoryStorage's `boards`). */
import type { BoardPatch, BoardRecord, BoardStorage } from './BoardStorage';
import { ConflictError } from './ConflictError';
import type { MemoryDocumentLog } from './memoryDocuments';

export class MemoryBoards implements BoardStorage {
  private boards = new Map<string, BoardRecord>();

  /** `documents` receives each new board's initial state. */
  constructor(private readonly documents: MemoryDocumentLog) {}

  async create(board: BoardRecord, initialState: Uint8Array) {
    if (this.boards.has(board.id)) throw new ConflictError('board exists');
    this.boards.set(board.id, structuredClone(board));
    this.documents.start(board.id, initialState);
  }

  async get(id: string) {
    const board = this.boards.get(id);
    return board && structuredClone(board);
  }

  async list(workspaceId: string) {
    return [...this.boards.values()]
      .filter((b) => b.workspaceId === workspaceId)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((b) => structuredClone(b));
  }

  async update(id: string, patch: BoardPatch) {
    const board = this.boards.get(id);
    if (!board) return undefined;
    if (patch.title !== undefined) board.title = patch.title;
    if (patch.archived !== undefined) board.archived = patch.archived;
    if (patch.updatedAt !== undefined) board.updatedAt = patch.updatedAt;
    return structuredClone(board);
  }
}
