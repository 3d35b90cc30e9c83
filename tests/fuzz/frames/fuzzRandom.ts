/** A seeded source of choices for the frame fuzzer: every frame is a pure function of the seed. */
import { mulberry32 } from '../random';

export interface Rng {
  (): number;
  /** An integer in [0, n). */
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Uint8Array;
  /** An independent stream (one per connection), so one connection's choices don't shift another's. */
  fork(): Rng;
}

export function seededRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng = (() => next()) as Rng;
  rng.int = (n) => Math.floor(next() * n);
  rng.chance = (p) => next() < p;
  rng.pick = (items) => items[Math.floor(next() * items.length)]!;
  rng.bytes = (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256);
    return out;
  };
  rng.fork = () => seededRng(Math.floor(next() * 2 ** 32));
  return rng;
}
