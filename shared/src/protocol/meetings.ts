/**
 * Meeting series: HTTP bodies and responses, and the socket.io events of the facilitator's
 * controls and the shared clock. Routes and events: docs/meetings.md.
 */
import { z } from 'zod';
import { idField } from './idField';
import type { AgendaView } from '../domain/meetings/agenda';
import type { MeetingClockState } from '../domain/meetings/meetingClock';
import type {
  MeetingControl,
  MeetingControlArgs,
  MeetingControlKind,
} from '../domain/meetings/meetingControl';
import type { ActionItem, CardEvent, Meeting } from '../domain/meetings/meetingTypes';
import { AGENDA_GROUPINGS, PDCA_PHASES } from '../domain/meetings/meetingTypes';
import type { Minutes } from '../domain/meetings/minutes';
import type { MeetingRun } from '../domain/meetings/meetingRun';

const id = idField;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date (YYYY-MM-DD)');
const title = z.string().trim().min(1).max(200);

/** `POST /api/boards/:boardId/meetings`: an occurrence for `date` (default: today). */
export const meetingCreateBody = z.object({
  date: isoDate.optional(),
  facilitatorId: id.optional(),
  groupBy: z.enum(AGENDA_GROUPINGS).optional(),
  /** Start it right away ("start today's standup"). */
  start: z.boolean().optional(),
});
export const meetingStartBody = z.object({ facilitatorId: id.optional() });

export const agendaItemCreateBody = z.object({
  title,
  sectionKey: z.string().min(1).max(200).optional(),
  timeboxSeconds: z
    .number()
    .int()
    .min(10)
    .max(4 * 3600)
    .optional(),
  boardId: id.optional(),
  cardId: id.optional(),
});

export const actionItemCreateBody = z
  .object({
    title,
    ownerId: id,
    dueDate: isoDate,
    boardId: id.optional(),
    cardId: id.optional(),
    agendaItemId: id.optional(),
    pdcaPhase: z.enum(PDCA_PHASES).optional(),
  })
  .refine((b) => (b.boardId === undefined) === (b.cardId === undefined), {
    message: 'give both boardId and cardId, or neither',
    path: ['cardId'],
  });
export const actionItemPatchBody = z
  .object({
    title: title.optional(),
    ownerId: id.optional(),
    dueDate: isoDate.optional(),
    done: z.boolean().optional(),
    pdcaPhase: z.enum(PDCA_PHASES).nullable().optional(),
    /** The linked order card: both ids, or both null to unlink. */
    boardId: id.nullable().optional(),
    cardId: id.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'nothing to change')
  .refine(
    (b) =>
      (b.boardId === undefined) === (b.cardId === undefined) &&
      (b.boardId === null) === (b.cardId === null),
    {
      message: 'give both boardId and cardId (or both null), or neither',
      path: ['cardId'],
    },
  );

export type MeetingCreateBody = z.infer<typeof meetingCreateBody>;
export type AgendaItemCreateBody = z.infer<typeof agendaItemCreateBody>;
export type ActionItemCreateBody = z.infer<typeof actionItemCreateBody>;
export type ActionItemPatchBody = z.infer<typeof actionItemPatchBody>;

export interface MeetingDto extends Meeting {
  boardId: string;
  /** The live clock while running (and its last state once ended); null before the start. */
  clock: MeetingClockState | null;
  /** True once the meeting ended and its minutes are stored. */
  minutesFrozen: boolean;
}

/** The server-owned part of a meeting as the server sent it (the client overlays it, `withRun`). */
function runOfDto(dto: MeetingDto): MeetingRun {
  return {
    meetingId: dto.id,
    status: dto.status,
    facilitatorId: dto.facilitatorId,
    startedAt: dto.startedAt,
    endedAt: dto.endedAt,
    attendeeIds: [...dto.attendeeIds],
    clock: dto.clock,
  };
}

/** The runs of a series' list, by meeting id. */
export function runsOfList(list: { meetings: readonly MeetingDto[] }): Map<string, MeetingRun> {
  return new Map(list.meetings.map((m) => [m.id, runOfDto(m)]));
}

export interface MinutesSummaryDto {
  attendees: number;
  itemsDiscussed: number;
  decisions: number;
  actionItems: number;
}

export interface MeetingListDto {
  meetings: (MeetingDto & { minutes: MinutesSummaryDto | null })[];
}

/** `GET …/meetings/:meetingId/agenda`. */
export interface AgendaDto extends AgendaView {
  serverNow: number;
}

/**
 * `GET …/meetings/:meetingId/history-events`: exactly the card-history events the server passes
 * into `computeAgenda` for this meeting, so the browser's live agenda equals the server's.
 * `events` is null when the history log cannot be read (both sides then use the estimates).
 */
export interface MeetingHistoryEventsDto {
  events: CardEvent[] | null;
  serverNow: number;
}

export interface MinutesDto {
  minutes: Minutes;
  frozenAt: number;
}

/** `GET /api/boards/:boardId/cards/:cardId/action-items`: what the card shows. */
export interface CardActionItemDto extends ActionItem {
  meetingBoardId: string;
  meetingBoardTitle: string;
}

// ---- socket.io: the facilitator's controls and the shared clock ----

const target = { boardId: id, meetingId: id };
export const meetingJoinPayload = z.object(target);
export type MeetingJoinPayload = z.infer<typeof meetingJoinPayload>;

/** Each control's payload: the meeting it is for, and what the control carries. */
const meetingControlPayloads = {
  advance: z.object({ ...target, direction: z.enum(['next', 'previous']).default('next') }),
  goto: z.object({ ...target, itemId: id.nullable() }),
  lane: z.object({ ...target, sectionKey: z.string().min(1).max(200).nullable() }),
  handover: z.object({ ...target, userId: id }),
  pause: z.object({ ...target, paused: z.boolean() }),
} satisfies {
  [K in MeetingControlKind]: z.ZodType<MeetingJoinPayload & MeetingControlArgs[K], unknown>;
};

export type MeetingControlPayload<K extends MeetingControlKind> = z.input<
  (typeof meetingControlPayloads)[K]
>;

/** The socket.io event of a control. */
export const meetingControlEvent = <K extends MeetingControlKind>(kind: K) =>
  `meeting:${kind}` as const;

/** A control's payload, validated and split into the meeting it is for and the control. */
export function meetingControlSchema(kind: MeetingControlKind) {
  const schema = meetingControlPayloads[kind] as z.ZodType<MeetingJoinPayload>;
  return schema.transform(({ boardId, meetingId, ...args }) => ({
    boardId,
    meetingId,
    // The schema of `kind` gives exactly that control's fields (checked by `satisfies` above).
    control: { kind, ...args } as MeetingControl,
  }));
}

/**
 * `meeting:state`: broadcast to everyone in the meeting on every change, and the answer to every
 * control. `serverNow` lets a client refresh its offset; `readClock(state, Date.now() + offset)`
 * gives the same remaining time on every screen. Followers show `state.currentItemId` and
 * `state.sectionKey`.
 */
export interface MeetingStateEvent {
  boardId: string;
  meetingId: string;
  status: Meeting['status'];
  state: MeetingClockState;
  serverNow: number;
}

export type MeetingAck =
  | { ok: true; meeting: MeetingStateEvent }
  | {
      ok: false;
      error: {
        code: 'bad_request' | 'forbidden' | 'not_found' | 'conflict' | 'internal';
        message: string;
      };
    };

/**
 * `actionItem:assigned`, to the owner's sockets only, when an action item is created for them or
 * handed to them. (Also stored as an inbox notification when the notification store exists.)
 */
export interface ActionItemAssignedEvent {
  actionItem: ActionItem;
  meetingBoardId: string;
  meetingBoardTitle: string;
  actorId: string;
  actorName: string;
}

export interface MeetingServerToClientEvents {
  'meeting:state': (event: MeetingStateEvent) => void;
  'actionItem:assigned': (event: ActionItemAssignedEvent) => void;
}

/** `meeting:advance`, `meeting:goto`, …: one event per control, answered with a `MeetingAck`. */
type MeetingControlEvents = {
  [K in MeetingControlKind as ReturnType<typeof meetingControlEvent<K>>]: (
    payload: MeetingControlPayload<K>,
    ack: (res: MeetingAck) => void,
  ) => void;
};

export interface MeetingClientToServerEvents extends MeetingControlEvents {
  'meeting:join': (payload: MeetingJoinPayload, ack: (res: MeetingAck) => void) => void;
  'meeting:leave': (payload: MeetingJoinPayload) => void;
  /** The server's clock now, for `estimateServerOffset`. */
  'meeting:time': (ack: (serverNow: number) => void) => void;
}
