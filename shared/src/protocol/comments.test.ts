import { describe, expect, it } from 'vitest';
import {
  COMMENT_MAX_CHARS,
  commentBody,
  compareTimelineItems,
  mergeTimeline,
  upsertTimelineComment,
  type CardHistoryEntryDto,
  type CommentDto,
  type TimelineItem,
} from './comments';

const comment = (id: string, createdAt: number, body = 'x'): CommentDto => ({
  id,
  boardId: 'b',
  cardId: 'c',
  authorId: 'u',
  authorName: 'U',
  body,
  createdAt,
  editedAt: null,
  deletedAt: null,
});
const change = (id: string, at: number): CardHistoryEntryDto => ({
  id,
  boardId: 'b',
  cardId: 'c',
  type: 'stage',
  from: 'c1',
  to: 'c2',
  subject: null,
  actorId: 'u',
  actorName: 'U',
  at,
});

describe('commentBody', () => {
  it('trims and accepts 1..5000 characters', () => {
    expect(commentBody.parse({ body: '  hi\nthere  ' })).toEqual({ body: 'hi\nthere' });
    expect(commentBody.safeParse({ body: 'x'.repeat(COMMENT_MAX_CHARS) }).success).toBe(true);
  });

  it('refuses empty, whitespace-only, too long and non-string bodies with clear messages', () => {
    const long = commentBody.safeParse({ body: 'x'.repeat(10_000) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0]?.message).toBe('a comment is at most 5000 characters');
    expect(commentBody.safeParse({ body: '   \n ' }).error?.issues[0]?.message).toBe(
      'a comment cannot be empty',
    );
    expect(commentBody.safeParse({ body: 42 }).success).toBe(false);
    expect(commentBody.safeParse({}).success).toBe(false);
  });
});

describe('mergeTimeline', () => {
  it('merges oldest first, a change before a comment at the same time', () => {
    const items = mergeTimeline(
      [comment('m2', 20), comment('m1', 10)],
      [change('h1', 10), change('h2', 30)],
    );
    expect(items.map((i) => (i.kind === 'comment' ? i.comment.id : i.change.id))).toEqual([
      'h1',
      'm1',
      'm2',
      'h2',
    ]);
  });

  it('folds a live update into the timeline without duplicating it', () => {
    const items = mergeTimeline([comment('m1', 10)], [change('h1', 5)]);
    const edited = upsertTimelineComment(items, { ...comment('m1', 10, 'new'), editedAt: 11 });
    expect(edited).toHaveLength(2);
    expect(edited[1]).toMatchObject({ kind: 'comment', comment: { body: 'new', editedAt: 11 } });
    expect(upsertTimelineComment(edited, comment('m3', 40))).toHaveLength(3);
  });
});

describe('compareTimelineItems', () => {
  const ids = (items: TimelineItem[]) =>
    items.map((i) => (i.kind === 'comment' ? i.comment.id : i.change.id));
  const asChange = (id: string, at: number): TimelineItem => ({
    kind: 'change',
    at,
    change: change(id, at),
  });

  it('breaks a tie of time and kind by id, whatever order the items arrive in', () => {
    const tied = [asChange('h2', 10), asChange('h3', 10), asChange('h1', 10)];
    expect(ids([...tied].sort(compareTimelineItems))).toEqual(['h1', 'h2', 'h3']);
    expect(ids([...tied].reverse().sort(compareTimelineItems))).toEqual(['h1', 'h2', 'h3']);
  });

  it('puts a change before a comment of the same time, whatever their ids', () => {
    const items: TimelineItem[] = [
      { kind: 'comment', at: 10, comment: comment('a', 10) },
      asChange('z', 10),
    ];
    expect(ids(items.sort(compareTimelineItems))).toEqual(['z', 'a']);
  });
});
