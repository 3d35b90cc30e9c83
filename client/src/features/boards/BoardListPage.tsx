/** The workspace's boards, and the way to start a new order board. */
import { useState } from 'react';
import type { BoardDto } from '@orderlane/shared';
import { api } from '../../api/endpoints';
import { useCanWrite, useSessionStore } from '../../store/sessionStore';
import { useT } from '../../i18n';
import { navigate } from '../../router/location';
import { paths } from '../../router/routes';
import { AppShell } from '../shell/AppShell';
import { FormError } from '../../ui/FormError';
import { BoardTile } from './BoardTile';
import { NewBoardDialog } from './NewBoardDialog';
import { NewSeriesDialog } from '../meetings/NewSeriesDialog';
import { InviteDialog } from '../team/InviteDialog';
import { useBoards } from './useBoards';

export function BoardListPage() {
  const t = useT();
  const me = useSessionStore((s) => s.me);
  const { boards, error, reload } = useBoards();
  const [creating, setCreating] = useState(false);
  const [creatingSeries, setCreatingSeries] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [archived, setArchived] = useState<BoardDto | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const mayCreate = useCanWrite();
  const mayInvite = me?.access === 'admin';

  // Archiving hides a board from everyone's list; the toast offers the way back.
  const setArchivedFlag = async (board: BoardDto, flag: boolean) => {
    setActionError(null);
    try {
      await api.patchBoard(board.id, { archived: flag });
      setArchived(flag ? board : null);
      reload();
    } catch (failure) {
      setActionError(failure);
    }
  };

  const newButton = mayCreate && (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <span aria-hidden="true">＋</span> {t('boards.new')}
    </button>
  );

  return (
    <AppShell title={me ? t('shell.workspace', { name: me.workspace.name }) : undefined}>
      <div className="page">
        <div className="page__head">
          <div>
            <h1>{t('boards.heading')}</h1>
            <p className="page__lead">{t('boards.lead')}</p>
          </div>
          <div className="page__actions">
            {mayInvite && (
              <button type="button" className="button" onClick={() => setInviting(true)}>
                {t('team.invite')}
              </button>
            )}
            {boards && boards.length > 0 && mayCreate && (
              <button type="button" className="button" onClick={() => setCreatingSeries(true)}>
                {t('meetings.new')}
              </button>
            )}
            {boards && boards.length > 0 && newButton}
          </div>
        </div>
        {actionError !== null && <FormError error={actionError} />}
        {error !== null && (
          <div className="notice">
            <FormError error={error} />
            <button type="button" className="button" onClick={reload}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {boards === null && error === null && (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
        {boards && boards.length === 0 && (
          <section className="empty-state">
            <div className="empty-state__art" aria-hidden="true">
              <span />
              <span />
              <span />
              <span />
            </div>
            <h2>{t('boards.emptyTitle')}</h2>
            <p>{t('boards.emptyBody')}</p>
            {mayCreate ? newButton : <p className="muted">{t('boards.emptyViewer')}</p>}
          </section>
        )}
        {boards && boards.length > 0 && (
          <ul className="board-grid" aria-label={t('boards.heading')}>
            {boards.map((board) => (
              <BoardTile
                key={board.id}
                board={board}
                onArchive={mayCreate ? () => void setArchivedFlag(board, true) : undefined}
              />
            ))}
          </ul>
        )}
      </div>
      {archived && (
        <div className="toast" role="status">
          <span>{t('boards.archived', { title: archived.title })}</span>
          <button
            type="button"
            className="button button--ghost toast__action"
            onClick={() => void setArchivedFlag(archived, false)}
          >
            {t('boards.undoArchive')}
          </button>
          <button
            type="button"
            className="toast__close"
            aria-label={t('common.close')}
            onClick={() => setArchived(null)}
          >
            ×
          </button>
        </div>
      )}
      {inviting && <InviteDialog onClose={() => setInviting(false)} />}
      {creatingSeries && boards && (
        <NewSeriesDialog
          boards={boards}
          onClose={() => setCreatingSeries(false)}
          onCreated={(board) => navigate(paths.board(board.id))}
        />
      )}
      {creating && (
        <NewBoardDialog
          onClose={() => setCreating(false)}
          onCreated={(board) => navigate(paths.board(board.id))}
        />
      )}
    </AppShell>
  );
}
