/** Opens a board's connection while a component shows it, and closes it when the board changes. */
import { useEffect, useState } from 'react';
import { openBoardConnection, type BoardConnection } from './boardConnection';
import { useSessionStore } from '../store/sessionStore';
import { memberColor } from '../features/shell/avatar';

export function useBoardConnection(boardId: string): BoardConnection | null {
  const user = useSessionStore((s) => s.me?.user);
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const userId = user?.id;
  const userName = user?.name;

  useEffect(() => {
    if (!userId || !userName) return;
    const opened = openBoardConnection(boardId, {
      id: userId,
      name: userName,
      color: memberColor(userId),
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the connection is an external resource opened here
    setConnection(opened);
    if (import.meta.env.MODE !== 'production' || isTestBuild()) exposeForTests(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [boardId, userId, userName]);

  return connection;
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
