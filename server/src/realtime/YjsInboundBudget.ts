/**
 * What one member may send over Yjs, across all their connections in this process: a token
 * bucket of bytes. Past it the server stops reading that member's sockets until the bucket has
 * refilled (TCP backpressure), so a script that streams updates slows itself down without
 * losing anything and without taking the event loop, the disk or the other people on the
 * board with it. Every message costs at least `minMessageBytes`, so floods of tiny messages
 * (awareness, empty updates) count too.
 */
export const YJS_INBOUND_BUDGET = {
  /** A burst: a paste of a few hundred cards, or a client's offline changes on reconnect. */
  burstBytes: 8 * 1024 * 1024,
  bytesPerSecond: 1024 * 1024,
  minMessageBytes: 1024,
} as const;

interface Bucket {
  tokens: number;
  at: number;
}

export class YjsInboundBudget {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limits: {
      burstBytes: number;
      bytesPerSecond: number;
      minMessageBytes: number;
    } = YJS_INBOUND_BUDGET,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges one received message; answers how long (ms) to stop reading, 0 to read on. */
  charge(userId: string, bytes: number): number {
    const { burstBytes, bytesPerSecond, minMessageBytes } = this.limits;
    const t = this.now();
    const bucket = this.buckets.get(userId) ?? { tokens: burstBytes, at: t };
    bucket.tokens = Math.min(burstBytes, bucket.tokens + ((t - bucket.at) / 1000) * bytesPerSecond);
    bucket.at = t;
    bucket.tokens -= Math.max(bytes, minMessageBytes);
    this.buckets.set(userId, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(t);
    return bucket.tokens >= 0 ? 0 : Math.ceil((-bucket.tokens / bytesPerSecond) * 1000);
  }

  private forgetFull(t: number): void {
    const { burstBytes, bytesPerSecond } = this.limits;
    for (const [key, b] of this.buckets)
      if (b.tokens + ((t - b.at) / 1000) * bytesPerSecond >= burstBytes) this.buckets.delete(key);
  }
}
