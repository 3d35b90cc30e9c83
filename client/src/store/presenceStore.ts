/** Who in the workspace is online right now (socket.io `presence:list`). */
import { create } from 'zustand';
import type { PresenceUser } from '@orderlane/shared';

export interface PresenceState {
  online: PresenceUser[];
  connected: boolean;
}

export const usePresenceStore = create<PresenceState>(() => ({ online: [], connected: false }));
