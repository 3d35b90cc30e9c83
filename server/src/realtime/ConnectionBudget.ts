/**
 * How many realtime connections (Yjs and socket.io together) one member may open, in this
 * process: a bucket of new connections (a burst, then one more every `refillMs`) and a cap on
 * those open at once. A script that reconnects in a loop, or opens thousands of sockets, costs
 * the server its own refusals (HTTP 429 on the upgrade, `rate_limited` on the socket.io
 * handshake), not memory and broadcasts for everyone else. A person opens a handful: each tab one
 * socket.io connection and one Yjs connection per board it shows.
 */
import { TokenBuckets } from '../limits/TokenBuckets';

export const CONNECTION_BUDGET = {
  /** New connections at once: a reconnect storm of several tabs after a server restart. */
  capacity: 60,
  refillMs: 1_000,
  /** Open at once, per member. */
  maxOpen: 200,
} as const;

export type ConnectionRefusal = 'too_fast' | 'too_many';

export class ConnectionBudget {
  private readonly opening: TokenBuckets;
  private readonly open = new Map<string, number>();

  constructor(
    private readonly limits: {
      capacity: number;
      refillMs: number;
      maxOpen: number;
    } = CONNECTION_BUDGET,
    now: () => number = Date.now,
  ) {
    this.opening = new TokenBuckets(limits, now);
  }

  /** Counts a new connection of `userId`, or says why it may not open; pair with `closed`. */
  opened(userId: string): ConnectionRefusal | null {
    const count = this.open.get(userId) ?? 0;
    if (count >= this.limits.maxOpen) return 'too_many';
    if (!this.opening.take(userId)) return 'too_fast';
    this.open.set(userId, count + 1);
    return null;
  }

  closed(userId: string): void {
    const count = (this.open.get(userId) ?? 0) - 1;
    if (count > 0) this.open.set(userId, count);
    else this.open.delete(userId);
  }
}
