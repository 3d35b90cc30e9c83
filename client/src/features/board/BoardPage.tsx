/**
 * An order board: binds the board's live document into the stores, then shows the grid (or the
 * standup screen), the detail panel of the open card and the undo toast.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';
import { boardStore, emptyBoardState, useBoard } from '../../store/boardStore';
import { boardPresenceStore } from '../../store/boardPresenceStore';
import { useSessionStore } from '../../store/sessionStore';
import { isTextField } from '../../ui/isTextField';
import { bindBoard, bindPresence } from '../../sync/bindBoard';
import { useBoardConnection } from '../../sync/useBoardConnection';
import { createSyncStateStore } from '../../store/syncStateStore';
import { useStore } from 'zustand';
import { AppShell } from '../shell/AppShell';
import { SyncBadge } from '../shell/SyncBadge';
import { BoardContext, type BoardContextValue } from './BoardContext';
import { BoardPeers } from './BoardPeers';
import { BoardTable } from './BoardTable';
import { BoardToolbar } from './BoardToolbar';
import { CardPanel } from './CardPanel';
import { StandupView } from './StandupView';
import { MeetingSeriesPage } from '../meetings/MeetingSeriesPage';
import { UndoToast } from './UndoToast';
import { createBoardActions, type BoardActions } from './boardActions';
import { hasFilters } from './boardView';
import type { GridRow } from './boardGrid';
import { laneTitle } from './labels';
import { useBoardGrid } from './useBoardGrid';
import { useBoardView } from './useBoardView';
import type { CardId } from '@orderlane/shared';
import './board.css';

const notConnected = createSyncStateStore();

export function BoardPage({ boardId }: { boardId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const connection = useBoardConnection(boardId);
  const me = useSessionStore((s) => s.me);
  const members = useSessionStore((s) => s.members);
  const [view, setView] = useBoardView();
  const [actions, setActions] = useState<BoardActions | null>(null);
  const loaded = useBoard((s) => s.loaded);
  const title = useBoard((s) => s.meta.title);
  const kind = useBoard((s) => s.meta.kind);
  const userId = me?.user.id ?? null;
  const refused = useStore(connection?.syncState ?? notConnected, (s) => s.status === 'refused');

  useEffect(() => {
    if (!connection) return;
    const unbindBoard = bindBoard(connection.doc, boardStore);
    const unbindPresence = bindPresence(connection.awareness, boardPresenceStore);
    connection.awareness.setLocalStateField('dragging', null);
    connection.awareness.setLocalStateField('editing', null);
    const created = createBoardActions(connection.doc, userId);
    let live = true;
    void connection.whenLoaded.then(() => live && boardStore.setState({ loaded: true }));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- actions belong to this connection
    setActions(created);
    return () => {
      live = false;
      unbindBoard();
      unbindPresence();
      created.destroy();
      boardStore.setState(emptyBoardState(), true);
      boardPresenceStore.setState({ peers: [], busy: {} }, true);
      setActions(null);
    };
  }, [connection, userId]);

  useEffect(() => {
    if (!actions) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) actions.redo();
        else actions.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);

  const rowLabel = useCallback(
    (row: GridRow) => {
      if (row.kind === 'department') return row.lane ? laneTitle(row.lane, locale) : '';
      if (row.kind === 'priority') return t(`board.priority.${row.value ?? 'normal'}`);
      if (row.kind === 'customer') return row.value ?? t('board.noCustomer');
      if (!row.value) return t('board.noOwner');
      return members.find((m) => m.id === row.value)?.name ?? row.value;
    },
    [locale, members, t],
  );

  const context = useMemo<BoardContextValue | null>(
    () =>
      actions && connection
        ? {
            actions,
            awareness: connection.awareness,
            view,
            setView,
            rowLabel,
            canWrite: me?.access !== 'viewer',
          }
        : null,
    [actions, connection, view, setView, rowLabel, me?.access],
  );
  const grid = useBoardGrid(view);

  // A meeting series (issue 5) is a board too: its own screens, on this board's connection.
  if (connection && loaded && kind === 'meeting')
    return <MeetingSeriesPage connection={connection} />;

  if (context && loaded && view.standup) {
    return (
      <BoardContext.Provider value={context}>
        <StandupView grid={grid} />
      </BoardContext.Provider>
    );
  }

  const empty =
    hasFilters(view) &&
    grid.unsorted.length === 0 &&
    Object.values(grid.cells).every((ids) => ids.length === 0);

  return (
    <AppShell
      wide
      title={title || '…'}
      status={
        <>
          <SyncBadge state={connection?.syncState} />
          <BoardPeers />
        </>
      }
    >
      {!context || !loaded ? (
        <p className="board-loading" role="status">
          {t(refused ? 'board.refused' : 'board.loading')}
        </p>
      ) : (
        <BoardContext.Provider value={context}>
          <div
            className={`board-page${view.card ? ' board-page--panel' : ''}`}
            data-board-id={boardId}
          >
            <BoardToolbar />
            {empty && <p className="board-empty">{t('board.empty.filtered')}</p>}
            <BoardTable grid={grid} />
            {view.card && <CardPanel key={view.card} cardId={view.card as CardId} />}
            <UndoToast />
          </div>
        </BoardContext.Provider>
      )}
    </AppShell>
  );
}
