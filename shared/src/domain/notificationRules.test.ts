import { describe, expect, it } from 'vitest';
import {
  notificationRecipients,
  planNotifications,
  type WorkspaceMemberRef,
} from './notificationRules';

const members: WorkspaceMemberRef[] = [
  { userId: 'author', role: 'logistics' },
  { userId: 'log1', role: 'logistics' },
  { userId: 'log2', role: 'logistics' },
  { userId: 'fin', role: 'finance' },
  { userId: 'owner', role: 'sales' },
];

describe('notificationRecipients', () => {
  it('a role mention reaches every member of the role except the author', () => {
    const event = {
      kind: 'mention' as const,
      authorId: 'author',
      targets: [{ kind: 'role' as const, role: 'logistics' as const }],
    };
    expect(notificationRecipients(event, members)).toEqual(['log1', 'log2']);
  });

  it('a user mention reaches only that user, and only inside the workspace', () => {
    const event = {
      kind: 'mention' as const,
      authorId: 'author',
      targets: [
        { kind: 'user' as const, userId: 'fin' },
        { kind: 'user' as const, userId: 'stranger' },
        { kind: 'user' as const, userId: 'author' },
      ],
    };
    expect(notificationRecipients(event, members)).toEqual(['fin']);
  });

  it('an assignment reaches the new owner unless they assigned themselves', () => {
    expect(
      notificationRecipients({ kind: 'assigned', authorId: 'author', ownerId: 'fin' }, members),
    ).toEqual(['fin']);
    expect(
      notificationRecipients({ kind: 'assigned', authorId: 'fin', ownerId: 'fin' }, members),
    ).toEqual([]);
    expect(
      notificationRecipients({ kind: 'assigned', authorId: 'fin', ownerId: null }, members),
    ).toEqual([]);
  });

  it('a comment reaches the owner and followers, not the author, once each', () => {
    const event = {
      kind: 'comment' as const,
      authorId: 'log1',
      ownerId: 'owner',
      followerIds: ['owner', 'log1', 'fin', 'gone'],
    };
    expect(notificationRecipients(event, members)).toEqual(['owner', 'fin']);
  });
});

describe('planNotifications', () => {
  it('gives one notification per person, the most specific kind first', () => {
    const plan = planNotifications(
      [
        {
          kind: 'mention',
          authorId: 'fin',
          targets: [
            { kind: 'role', role: 'logistics' },
            { kind: 'user', userId: 'owner' },
          ],
        },
        {
          kind: 'comment',
          authorId: 'fin',
          ownerId: 'owner',
          followerIds: ['log1', 'author', 'fin'],
        },
      ],
      members,
    );
    expect(plan).toEqual([
      { userId: 'author', kind: 'mention' },
      { userId: 'log1', kind: 'mention' },
      { userId: 'log2', kind: 'mention' },
      { userId: 'owner', kind: 'mention' },
    ]);
  });
});
