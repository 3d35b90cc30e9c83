/** Branded ids: a CardId cannot be passed where a LaneId is expected. */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type ColumnId = Brand<string, 'ColumnId'>;
export type LaneId = Brand<string, 'LaneId'>;
export type CardId = Brand<string, 'CardId'>;

/** A source of randomness in [0, 1); passed in so rules stay deterministic under test. */
export type Random = () => number;
/** An id generator; passed in for the same reason. */
export type NewId = () => string;

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A 16-character id from the given randomness (about 82 bits). */
export function makeId(random: Random): string {
  let id = '';
  for (let i = 0; i < 16; i++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  return id;
}

/** The platform's cryptographic source (Web Crypto: Node 20 and every browser have it). */
const webCrypto = (
  globalThis as unknown as { crypto: { getRandomValues<T extends Uint32Array>(array: T): T } }
).crypto;

/** A fresh id for anything stored: the `makeId` format, drawn from the cryptographic source. */
export function newId(): string {
  const values = webCrypto.getRandomValues(new Uint32Array(16));
  let i = 0;
  return makeId(() => values[i++]! / 2 ** 32);
}
/** An id as a pattern fragment, for patterns that embed one (a path, a mention token). */
export const ID_SOURCE = '[A-Za-z0-9_-]{1,64}';

/** Ids in URLs, Yjs keys and SQL are short, printable and safe. */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
