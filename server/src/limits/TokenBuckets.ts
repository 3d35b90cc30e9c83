/**
 * Token buckets by key, in memory: the one mechanism behind every budget of the server (API
 * writes, notifications, socket.io events, Yjs bytes and connections). A bucket holds up to
 * `capacity` tokens and gains one every `refillMs`; a new key starts full. Full buckets carry no
 * information, so they are dropped now and then and the map stays small.
 */
export interface BucketLimits {
  capacity: number;
  /** Time to regain one token (may be a fraction of a millisecond: bytes, say). */
  refillMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many keys, full buckets are forgotten. */
const PRUNE_ABOVE = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limits: BucketLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` tokens if the bucket holds them; false (and nothing taken) otherwise. */
  take(key: string, cost = 1): boolean {
    const bucket = this.refilled(key);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }

  /**
   * Takes `cost` tokens even into debt (what was received cannot be refused any more); answers
   * how long (ms) until the bucket is out of debt, 0 when it is not in debt.
   */
  charge(key: string, cost: number): number {
    const bucket = this.refilled(key);
    bucket.tokens -= cost;
    return bucket.tokens >= 0 ? 0 : Math.ceil(-bucket.tokens * this.limits.refillMs);
  }

  /** How long (ms) until `cost` tokens are there again. */
  waitMs(key: string, cost = 1): number {
    const bucket = this.refilled(key);
    return Math.max(0, Math.ceil((cost - bucket.tokens) * this.limits.refillMs));
  }

  private refilled(key: string): Bucket {
    const { capacity, refillMs } = this.limits;
    const t = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(t);
      this.buckets.set(key, (bucket = { tokens: capacity, at: t }));
    }
    bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, t - bucket.at) / refillMs);
    bucket.at = t;
    return bucket;
  }

  private prune(t: number): void {
    const { capacity, refillMs } = this.limits;
    for (const [key, b] of this.buckets)
      if (b.tokens + (t - b.at) / refillMs >= capacity) this.buckets.delete(key);
  }
}
