/** The workspace's boards for the list screen: loaded on mount, newest first, archived hidden. */
import { useCallback, useEffect, useState } from 'react';
import type { BoardDto } from '@orderlane/shared';
import { api } from '../../api/endpoints';

export interface BoardsState {
  boards: BoardDto[] | null;
  error: unknown;
  reload(): void;
}

function visibleBoards(boards: BoardDto[]): BoardDto[] {
  return boards.filter((b) => !b.archived).sort((a, b) => b.createdAt - a.createdAt);
}

export function useBoards(): BoardsState {
  const [boards, setBoards] = useState<BoardDto[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    api.boards().then(
      (list) => {
        if (!live) return;
        setBoards(visibleBoards(list));
        setError(null);
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { boards, error, reload };
}
