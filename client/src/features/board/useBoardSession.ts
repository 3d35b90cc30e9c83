/** Opens a board's session while a component shows it, and closes it when the board changes. */
import { useEffect, useState } from 'react';
import { useSessionStore } from '../../store/sessionStore';
import type { BoardConnection } from '../../sync/boardConnection';
import { openBoardSession, type BoardSession } from '../../sync/boardSession';

export function useBoardSession(boardId: string): BoardSession | null {
  const user = useSessionStore((s) => s.me?.user);
  const [session, setSession] = useState<BoardSession | null>(null);
  const userId = user?.id;
  const userName = user?.name;

  useEffect(() => {
    if (!userId || !userName) return;
    const opened = openBoardSession({ boardId, user: { id: userId, name: userName } });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session is an external resource opened here
    setSession(opened);
    if (import.meta.env.MODE !== 'production' || isTestBuild()) exposeForTests(opened.connection);
    return () => {
      setSession(null);
      opened.close();
    };
  }, [boardId, userId, userName]);

  return session;
}

function isTestBuild(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem('orderlane.debug') === '1';
}

/** End-to-end tests may reach the document through `window.__orderlane` when debug is on. */
function exposeForTests(connection: BoardConnection): void {
  (window as unknown as { __orderlane?: { connection: BoardConnection } }).__orderlane = {
    connection,
  };
}
