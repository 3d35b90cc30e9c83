import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from './sessionStore';

const me = {
  user: { id: 'u-li', name: 'Li Wei', email: 'li@example.test', locale: 'en' },
  workspace: { id: 'w-1', name: 'Ningbo' },
  role: 'manager',
  access: 'admin',
};
const colleague = { id: 'u-zhang', name: 'Zhang Min', role: 'merchandiser', access: 'member' };

/** /api/me answers; /api/members never does, as on a slow server. */
function slowMembers() {
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === '/api/me')
      return new Response(JSON.stringify(me), {
        headers: { 'content-type': 'application/json' },
      });
    return new Promise<Response>(() => undefined);
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  useSessionStore.setState({ me: null, members: [], loading: true });
});

describe('loadSession', () => {
  it('shows the colleagues known from last time at once, for the same person and workspace', async () => {
    localStorage.setItem('orderlane.session', JSON.stringify({ me, members: [colleague] }));
    slowMembers();
    void useSessionStore.getState().loadSession();
    await vi.waitFor(() => expect(useSessionStore.getState().me).not.toBeNull());
    expect(useSessionStore.getState().members).toEqual([colleague]);
  });

  it('never shows another workspace’s colleagues', async () => {
    const elsewhere = { ...me, workspace: { id: 'w-2', name: 'Other' } };
    localStorage.setItem(
      'orderlane.session',
      JSON.stringify({ me: elsewhere, members: [colleague] }),
    );
    slowMembers();
    void useSessionStore.getState().loadSession();
    await vi.waitFor(() => expect(useSessionStore.getState().me).not.toBeNull());
    expect(useSessionStore.getState().members).toEqual([]);
  });
});
