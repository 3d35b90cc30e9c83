/**
 * Lookups every part of the meeting service starts from: the series' live document, one of its
 * meetings (404 when absent), and who may facilitate.
 */
import type { Logger } from 'pino';
import { canBeAssigned, getMeeting, type Meeting } from '@orderlane/shared';
import type * as Y from 'yjs';
import type { AuthContext } from '../auth/AuthContext';
import { AppError } from '../errors/AppError';
import type { BoardRecord } from '../persistence/BoardStorage';
import type { Storage } from '../persistence/Storage';
import type { RealtimeBus } from '../bus/RealtimeBus';
import type { RoomRegistry } from '../rooms/RoomRegistry';

export interface MeetingServiceDeps {
  storage: Storage;
  rooms: RoomRegistry;
  bus: RealtimeBus;
  now: () => number;
  logger: Logger;
}

export async function seriesDoc(deps: MeetingServiceDeps, board: BoardRecord): Promise<Y.Doc> {
  return (await deps.rooms.open(board.id)).doc;
}

export function meetingOf(doc: Y.Doc, meetingId: string): Meeting {
  const meeting = getMeeting(doc, meetingId);
  if (!meeting) throw new AppError('not_found', 'no such meeting');
  return meeting;
}

/** Whether the user is a member of the workspace who may write (and so facilitate). */
export async function mayFacilitate(
  storage: Storage,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  const member = await storage.accounts.getMember(workspaceId, userId);
  return !!member && canBeAssigned(member.access);
}

/** A facilitator must be a member who may write (a viewer cannot run a meeting). */
export async function assertFacilitator(
  storage: Storage,
  auth: AuthContext,
  userId: string,
  what: string,
): Promise<void> {
  const member = await storage.accounts.getMember(auth.workspaceId, userId);
  if (!member) throw new AppError('bad_request', `${what} is not a member of this workspace`);
  if (!canBeAssigned(member.access)) throw new AppError('bad_request', `${what} is a viewer`);
}
