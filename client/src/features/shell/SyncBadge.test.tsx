import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { SyncBadge } from './SyncBadge';
import { createSyncStateStore } from '../../store/syncStateStore';
import { useLocaleStore } from '../../store/localeStore';

afterEach(() => {
  cleanup();
  act(() => useLocaleStore.getState().setLocale('en'));
});

describe('SyncBadge', () => {
  it('follows the sync state: saved, saving, offline with changes waiting, refused', () => {
    const store = createSyncStateStore();
    render(<SyncBadge state={store} />);
    const badge = screen.getByRole('status');
    expect(badge.textContent).toBe('Connecting…');
    act(() => store.setState({ status: 'saved', pending: 0 }));
    expect(badge.textContent).toBe('Saved');
    act(() => store.setState({ status: 'saving', pending: 2 }));
    expect(badge.textContent).toBe('Saving…');
    act(() => store.setState({ status: 'offline', pending: 1 }));
    expect(badge.textContent).toBe('Offline · 1 change waiting');
    act(() => store.setState({ status: 'offline', pending: 3 }));
    expect(badge.textContent).toBe('Offline · 3 changes waiting');
    expect(badge.dataset.pending).toBe('3');
    act(() => store.setState({ status: 'refused', pending: 0, refusal: 'not_found' }));
    expect(badge.textContent).toBe('This board no longer exists');
  });

  it('speaks Chinese when the person chose it', () => {
    const store = createSyncStateStore();
    store.setState({ status: 'offline', pending: 3 });
    act(() => useLocaleStore.getState().setLocale('zh'));
    render(<SyncBadge state={store} />);
    expect(screen.getByRole('status').textContent).toBe('离线 · 3 项修改待同步');
  });
});
