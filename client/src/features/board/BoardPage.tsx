/**
 * An order board: opens the board's session (its document bound into the stores), then shows
 * the grid (or the standup screen), the detail panel of the open card and the undo toast.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useLocaleStore } from '../../store/localeStore';
import { useT } from '../../i18n';
import { useBoard } from '../../store/boardStore';
import { useCanWrite, useSessionStore } from '../../store/sessionStore';
import { createSyncStateStore } from '../../store/syncStateStore';
import { isTextField } from '../../ui/isTextField';
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
import { hasFilters } from './boardView';
import type { GridRow } from './boardGrid';
import { laneTitle } from '../../i18n/boardLabels';
import { useBoardGrid } from './useBoardGrid';
import { useBoardSession } from './useBoardSession';
import { useBoardView } from './useBoardView';
import type { CardId } from '@orderlane/shared';
import './board.css';

const notConnected = createSyncStateStore();

export function BoardPage({ boardId }: { boardId: string }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const session = useBoardSession(boardId);
  const actions = session?.actions ?? null;
  const mayWrite = useCanWrite();
  const members = useSessionStore((s) => s.members);
  const [view, setView] = useBoardView();
  const loaded = useBoard((s) => s.loaded);
  const title = useBoard((s) => s.meta.title);
  const kind = useBoard((s) => s.meta.kind);
  const refused = useStore(session?.syncState ?? notConnected, (s) => s.status === 'refused');

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
      session
        ? {
            actions: session.actions,
            awareness: session.awareness,
            view,
            setView,
            rowLabel,
            canWrite: mayWrite,
          }
        : null,
    [session, view, setView, rowLabel, mayWrite],
  );
  const grid = useBoardGrid(view);

  // A meeting series is a board too: its own screens, on this board's session.
  if (session && loaded && kind === 'meeting') return <MeetingSeriesPage session={session} />;

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
          <SyncBadge state={session?.syncState} />
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
