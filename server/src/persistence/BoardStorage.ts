/** Boards of a workspace (their rows; each board's Yjs document is in the DocumentLog). */
import type { BoardKind, MeetingCadence } from '@orderlane/shared';

export interface BoardRecord {
  id: string;
  workspaceId: string;
  title: string;
  kind: BoardKind;
  cadence: MeetingCadence | null;
  sourceBoardIds: string[];
  archived: boolean;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export type BoardPatch = Partial<Pick<BoardRecord, 'title' | 'archived' | 'updatedAt'>>;

export interface BoardStorage {
  /**
   * Creates the board row and its initial document (one snapshot) atomically. ConflictError if
   * the id exists.
   */
  create(board: BoardRecord, initialState: Uint8Array): Promise<void>;
  get(id: string): Promise<BoardRecord | undefined>;
  /** A workspace's boards, oldest first. */
  list(workspaceId: string): Promise<BoardRecord[]>;
  update(id: string, patch: BoardPatch): Promise<BoardRecord | undefined>;
}
