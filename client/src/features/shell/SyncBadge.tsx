/** The board's sync state, always in view: saved, saving, offline with N changes waiting. */
import { useStore, type StoreApi } from 'zustand';
import { createSyncStateStore, type SyncState } from '../../store/syncStateStore';
import { useT } from '../../i18n';

const idle = createSyncStateStore();

export function SyncBadge({ state }: { state: StoreApi<SyncState> | null | undefined }) {
  const t = useT();
  const current = useStore(state ?? idle);
  const { status, pending } = current;
  let label: string;
  if (status === 'refused') label = t(`sync.refused.${current.refusal ?? 'forbidden'}`);
  else if (status === 'offline')
    label =
      pending === 0
        ? t('sync.offline')
        : t(pending === 1 ? 'sync.offlineWaitingOne' : 'sync.offlineWaiting', { count: pending });
  else label = t(`sync.${status}`);
  return (
    <span
      className={`sync-badge sync-badge--${status}`}
      role="status"
      aria-live="polite"
      data-status={status}
      data-pending={pending}
    >
      <span className="sync-badge__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
