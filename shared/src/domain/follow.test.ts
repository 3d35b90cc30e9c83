import { describe, expect, it } from 'vitest';
import { autoFollows } from './follow';

describe('autoFollows', () => {
  it('follows the creator and the owner', () => {
    expect(autoFollows({ kind: 'created', createdBy: 'u1' })).toEqual([
      { userId: 'u1', reason: 'created' },
    ]);
    expect(autoFollows({ kind: 'created', createdBy: null })).toEqual([]);
    expect(autoFollows({ kind: 'owner', ownerId: 'u2' })).toEqual([
      { userId: 'u2', reason: 'owner' },
    ]);
  });

  it('follows a commenter and the people mentioned by name, not whole departments', () => {
    expect(
      autoFollows({
        kind: 'comment',
        authorId: 'a',
        mentions: [
          { kind: 'user', userId: 'b' },
          { kind: 'role', role: 'logistics' },
          { kind: 'user', userId: 'a' },
        ],
      }),
    ).toEqual([
      { userId: 'a', reason: 'comment' },
      { userId: 'b', reason: 'mention' },
    ]);
    expect(autoFollows({ kind: 'mention', mentions: [{ kind: 'role', role: 'qc' }] })).toEqual([]);
  });
});
