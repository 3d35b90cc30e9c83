/**
 * Following a card: its followers hear of new comments. People follow the cards they create, own,
 * comment on or are mentioned on by name; anyone can unfollow (and follow again by hand).
 *
 * A department mention (`@logistics`) does not make the whole department follow: they are told
 * once, and whoever takes it up follows by commenting.
 */
import type { MentionTarget } from './mentions';

export type FollowReason = 'created' | 'owner' | 'comment' | 'mention' | 'manual';

export type FollowTrigger =
  | { kind: 'created'; createdBy: string | null }
  | { kind: 'owner'; ownerId: string | null }
  | { kind: 'comment'; authorId: string; mentions: readonly MentionTarget[] }
  | { kind: 'mention'; mentions: readonly MentionTarget[] };

export interface AutoFollow {
  userId: string;
  reason: FollowReason;
}

/**
 * Who starts following because of a trigger. The caller skips people who unfollowed this card
 * before (an explicit unfollow sticks) and people outside the workspace.
 */
export function autoFollows(trigger: FollowTrigger): AutoFollow[] {
  const mentioned = (mentions: readonly MentionTarget[]): AutoFollow[] =>
    mentions.flatMap((m) =>
      m.kind === 'user' ? [{ userId: m.userId, reason: 'mention' as const }] : [],
    );
  switch (trigger.kind) {
    case 'created':
      return trigger.createdBy ? [{ userId: trigger.createdBy, reason: 'created' }] : [];
    case 'owner':
      return trigger.ownerId ? [{ userId: trigger.ownerId, reason: 'owner' }] : [];
    case 'comment': {
      const out: AutoFollow[] = [{ userId: trigger.authorId, reason: 'comment' }];
      for (const f of mentioned(trigger.mentions))
        if (!out.some((o) => o.userId === f.userId)) out.push(f);
      return out;
    }
    case 'mention':
      return mentioned(trigger.mentions);
  }
}
