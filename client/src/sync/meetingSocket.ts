/**
 * A meeting over the tab's one socket.io connection (`presenceSocket`): joins the meeting's room,
 * estimates the offset to the server's clock, feeds `meeting:state` into the run store, and sends
 * the facilitator's controls. Rejoins after a reconnect. No React.
 */
import {
  estimateServerOffset,
  meetingControlEvent,
  type MeetingAck,
  type MeetingControl,
  type MeetingStateEvent,
} from '@orderlane/shared';
import { applyMeetingEvent, type MeetingRunStore } from '../store/meetingStore';
import { subscribeSocket, type PresenceSocket } from './presenceSocket';

let socket: PresenceSocket | null = null;
subscribeSocket((s) => {
  socket = s;
});

const offline: MeetingAck = {
  ok: false,
  error: { code: 'internal', message: 'not connected' },
};

/** Sends one control; the ack's state (when accepted) goes into the store at once. */
export function sendMeetingControl(
  store: MeetingRunStore,
  target: { boardId: string; meetingId: string },
  control: MeetingControl,
): Promise<MeetingAck> {
  const s = socket;
  if (!s?.connected) return Promise.resolve(offline);
  const { kind, ...rest } = control;
  return new Promise((resolve) => {
    (s.emit as (e: string, p: unknown, ack: (r: MeetingAck) => void) => void)(
      meetingControlEvent(kind),
      { ...target, ...rest },
      (ack) => {
        if (ack.ok) store.setState((state) => applyMeetingEvent(state, ack.meeting));
        resolve(ack);
      },
    );
  });
}

/** Joins the meeting while the returned function is not called; follows socket replacements. */
export function joinMeeting(
  store: MeetingRunStore,
  target: { boardId: string; meetingId: string },
): () => void {
  let current: PresenceSocket | null = null;
  const onState = (event: MeetingStateEvent) => {
    if (event.boardId !== target.boardId) return;
    store.setState((state) => applyMeetingEvent(state, event));
  };
  const join = () => {
    const s = current;
    if (!s) return;
    const sentAt = Date.now();
    s.emit('meeting:time', (serverNow: number) => {
      if (typeof serverNow === 'number')
        store.setState({ offsetMs: estimateServerOffset(sentAt, serverNow, Date.now()) });
    });
    s.emit('meeting:join', target, (ack: MeetingAck) => {
      if (ack.ok)
        store.setState((state) => ({ ...applyMeetingEvent(state, ack.meeting), joined: true }));
    });
  };
  const onDisconnect = () => store.setState({ joined: false });
  const attach = (s: PresenceSocket | null) => {
    if (current) {
      current.off('meeting:state', onState);
      current.off('connect', join);
      current.off('disconnect', onDisconnect);
    }
    current = s;
    if (!s) return;
    s.on('meeting:state', onState);
    s.on('connect', join);
    s.on('disconnect', onDisconnect);
    if (s.connected) join();
  };
  const unsubscribe = subscribeSocket(attach);
  return () => {
    unsubscribe();
    current?.emit('meeting:leave', target);
    attach(null);
    store.setState({ joined: false });
  };
}
