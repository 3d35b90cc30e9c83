/**
 * What one member may send over Yjs, across all their connections in this process: a bucket of
 * bytes. Past it the server stops reading that member's sockets until the bucket has refilled
 * (TCP backpressure), so a script that streams updates slows itself down without losing anything
 * and without taking the event loop, the disk or the other people on the board with it. Every
 * message costs at least `minMessageBytes`, so floods of tiny messages (awareness, empty updates)
 * count too.
 */
import { TokenBuckets } from '../limits/TokenBuckets';

export const YJS_INBOUND_BUDGET = {
  /** A burst: a paste of a few hundred cards, or a client's offline changes on reconnect. */
  burstBytes: 8 * 1024 * 1024,
  bytesPerSecond: 1024 * 1024,
  minMessageBytes: 1024,
} as const;

export type YjsInboundLimits = { [K in keyof typeof YJS_INBOUND_BUDGET]: number };

export class YjsInboundBudget {
  private readonly bytes: TokenBuckets;

  constructor(
    private readonly limits: YjsInboundLimits = YJS_INBOUND_BUDGET,
    now: () => number = Date.now,
  ) {
    this.bytes = new TokenBuckets(
      { capacity: limits.burstBytes, refillMs: 1000 / limits.bytesPerSecond },
      now,
    );
  }

  /** Charges one received message; answers how long (ms) to stop reading, 0 to read on. */
  charge(userId: string, bytes: number): number {
    return this.bytes.charge(userId, Math.max(bytes, this.limits.minMessageBytes));
  }
}
