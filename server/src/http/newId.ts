/** Ids for users, workspaces and boards: the shared id format, drawn from a cryptographic source. */
import { randomInt } from 'node:crypto';
import { makeId } from '@orderlane/shared';

const SCALE = 2 ** 47;

export function newId(): string {
  return makeId(() => randomInt(SCALE) / SCALE);
}
