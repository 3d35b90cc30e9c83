/**
 * Password hashing with scrypt (memory-hard, from node:crypto). The stored string names its
 * parameters (`scrypt$N$r$p$salt$hash`), so a hash made with weaker ones still verifies and is
 * replaced at the next successful login (`needsRehash`).
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost N = 2^17 with r = 8, p = 1: OWASP's recommendation, ~128 MiB per hash. */
export const SCRYPT_LOG2N = 17;
/** The range a server option may pick: below 2^10 is no protection, above 2^20 is 1 GiB. */
const SCRYPT_LOG2N_MIN = 10;
const SCRYPT_LOG2N_MAX = 20;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
/**
 * Hashes computed at once per server: each holds 128·N·r bytes (128 MiB at 2^17), so a burst of
 * logins from many addresses queues instead of taking the memory of the machine.
 */
const HASH_CONCURRENCY = 2;

interface ScryptParams {
  n: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, { n, r, p }: ScryptParams): Promise<Buffer> {
  // scrypt needs 128·N·r bytes for its table plus 128·r·p for its blocks; Node refuses past
  // maxmem (default 32 MiB), so allow twice the table: 256 MiB at N=2^17, r=8.
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

interface StoredHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

function parseStored(stored: string): StoredHash | undefined {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return undefined;
  const params = { n: Number(n), r: Number(r), p: Number(p) };
  const sane =
    Number.isInteger(Math.log2(params.n)) &&
    params.n <= 2 ** SCRYPT_LOG2N_MAX &&
    Number.isInteger(params.r) &&
    params.r >= 1 &&
    params.r <= 32 &&
    Number.isInteger(params.p) &&
    params.p >= 1 &&
    params.p <= 16;
  if (!sane) return undefined;
  return { ...params, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

/** Runs at most `limit` tasks at once, the others wait their turn in order. */
function concurrencyLimit(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
  /** Whether a stored hash was made with weaker parameters than this hasher's. */
  needsRehash(stored: string): boolean;
  /**
   * Spends the time a real check would when there is no such account, so a login's timing does
   * not tell whether an email is registered.
   */
  verifyAgainstDummy(password: string): Promise<false>;
}

export function createPasswordHasher(log2N: number = SCRYPT_LOG2N): PasswordHasher {
  if (!Number.isInteger(log2N) || log2N < SCRYPT_LOG2N_MIN || log2N > SCRYPT_LOG2N_MAX) {
    throw new Error(
      `scrypt log2(N) must be ${SCRYPT_LOG2N_MIN}..${SCRYPT_LOG2N_MAX}, got ${log2N}`,
    );
  }
  const target: ScryptParams = { n: 2 ** log2N, r: R, p: P };
  const limited = concurrencyLimit(HASH_CONCURRENCY);
  let dummyHash: Promise<string> | undefined;

  async function hash(password: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const key = await limited(() => derive(password, salt, target));
    const { n, r, p } = target;
    return ['scrypt', n, r, p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  async function verify(password: string, stored: string): Promise<boolean> {
    const parsed = parseStored(stored);
    if (!parsed) return false;
    const key = await limited(() => derive(password, parsed.salt, parsed));
    return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
  }

  return {
    hash,
    verify,
    needsRehash(stored) {
      const parsed = parseStored(stored);
      return !parsed || parsed.n < target.n || parsed.r < target.r || parsed.p < target.p;
    },
    async verifyAgainstDummy(password) {
      dummyHash ??= hash('orderlane-dummy-password');
      await verify(password, await dummyHash);
      return false;
    },
  };
}

let defaultHasher: PasswordHasher | undefined;
const hasher = () => (defaultHasher ??= createPasswordHasher());

/** At the default cost (the demo seed, scripts): a server uses its own configured hasher. */
export function hashPassword(password: string): Promise<string> {
  return hasher().hash(password);
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return hasher().verify(password, stored);
}
