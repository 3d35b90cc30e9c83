/**
 * Who is signed in, in which workspace, and who its members are. Screens call the actions; the
 * store talks to the HTTP API.
 */
import { create } from 'zustand';
import {
  canWrite,
  type LoginBody,
  type MeDto,
  type MemberDto,
  type RegisterBody,
} from '@orderlane/shared';
import { api } from '../api/endpoints';
import { ApiFailure, setUnauthenticatedHandler } from '../api/http';
import { useLocaleStore } from './localeStore';

export interface SessionState {
  me: MeDto | null;
  members: MemberDto[];
  /** True until the first `loadSession` answered. */
  loading: boolean;
  loadSession(): Promise<void>;
  login(body: LoginBody): Promise<void>;
  register(body: Omit<RegisterBody, 'locale'>): Promise<void>;
  logout(): Promise<void>;
  loadMembers(): Promise<void>;
}

// The last session, so a board opened without a network still knows who is editing (its
// offline edits are attributed and kept); the server checks the real session on reconnect.
const CACHE_KEY = 'orderlane.session';

interface CachedSession {
  me: MeDto;
  members: MemberDto[];
}

function readCache(): CachedSession | null {
  try {
    const raw = localStorage.getItem(CACHE_KEY);
    return raw ? (JSON.parse(raw) as CachedSession) : null;
  } catch {
    return null;
  }
}

function writeCache(session: CachedSession | null): void {
  try {
    if (session) localStorage.setItem(CACHE_KEY, JSON.stringify(session));
    else localStorage.removeItem(CACHE_KEY);
  } catch {
    // Private mode or full storage: offline start-up then asks to sign in.
  }
}

export const useSessionStore = create<SessionState>((set, get) => ({
  me: null,
  members: [],
  loading: true,

  async loadSession() {
    try {
      const me = await api.me();
      // The same person in the same workspace as last time: their colleagues are known already,
      // so owner rows and avatars come with the first render rather than a moment after it.
      const cached = readCache();
      const known =
        cached?.me.user.id === me.user.id && cached.me.workspace.id === me.workspace.id
          ? cached.members
          : [];
      set({ me, members: known, loading: false });
      writeCache({ me, members: get().members });
      await get().loadMembers();
    } catch (error) {
      const cached = readCache();
      if (error instanceof ApiFailure && error.code === 'unauthenticated') {
        writeCache(null);
        set({ me: null, members: [], loading: false });
      } else if (error instanceof ApiFailure && error.code === 'network' && cached) {
        set({ me: cached.me, members: cached.members, loading: false });
      } else {
        set({ loading: false });
        throw error;
      }
    }
  },

  async login(body) {
    await api.login(body);
    await get().loadSession();
  },

  async register(body) {
    await api.register({ ...body, locale: useLocaleStore.getState().locale });
    await get().loadSession();
  },

  async logout() {
    try {
      await api.logout();
    } finally {
      writeCache(null);
      set({ me: null, members: [] });
    }
  },

  async loadMembers() {
    try {
      const members = await api.members();
      set({ members });
      const me = get().me;
      if (me) writeCache({ me, members });
    } catch {
      // Members only label avatars; the board still works without them.
    }
  },
}));

/** The member with `userId`, for names on avatars and owners. */
export function useMember(userId: string | null | undefined): MemberDto | undefined {
  return useSessionStore((s) => (userId ? s.members.find((m) => m.id === userId) : undefined));
}

// A session that ended elsewhere sends the person to sign in (App redirects when `me` is null).
setUnauthenticatedHandler(() => {
  if (useSessionStore.getState().me) {
    writeCache(null);
    useSessionStore.setState({ me: null, members: [] });
  }
});

/** Whether this person may write; not until the session is known (then by the shared rule). */
export function useCanWrite(): boolean {
  return useSessionStore((s) => (s.me ? canWrite(s.me.access) : false));
}
