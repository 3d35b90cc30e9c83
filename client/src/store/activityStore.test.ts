import { afterEach, describe, expect, it } from 'vitest';
import type { CardHistoryEntryDto, CommentDto } from '@orderlane/shared';
import { useActivityStore } from './activityStore';

const comment = (id: string, at: number, patch: Partial<CommentDto> = {}): CommentDto => ({
  id,
  boardId: 'b1',
  cardId: 'c1',
  authorId: 'u1',
  authorName: 'Max',
  body: `comment ${id}`,
  createdAt: at,
  editedAt: null,
  deletedAt: null,
  ...patch,
});

const change = (id: string, at: number, cardId = 'c1'): CardHistoryEntryDto => ({
  id,
  boardId: 'b1',
  cardId,
  type: 'stage',
  from: 'col1',
  to: 'col2',
  subject: null,
  actorId: 'u2',
  actorName: 'Lena',
  at,
});

function showCard() {
  useActivityStore.setState({ boardId: 'b1', cardId: 'c1', items: [], status: 'ready' });
}

const ids = () =>
  useActivityStore
    .getState()
    .items.map((i) => (i.kind === 'comment' ? `c:${i.comment.id}` : `h:${i.change.id}`));

afterEach(() => useActivityStore.getState().close('c1'));

describe('the open card timeline', () => {
  it('folds live comments in order, replaces edits and deletions, ignores other cards', () => {
    showCard();
    const { applyComment } = useActivityStore.getState();
    applyComment(comment('k2', 20));
    applyComment(comment('k1', 10));
    applyComment(comment('x', 15, { cardId: 'other' }));
    applyComment(comment('y', 15, { boardId: 'other' }));
    expect(ids()).toEqual(['c:k1', 'c:k2']);
    applyComment(comment('k1', 10, { body: 'better', editedAt: 30 }));
    applyComment(comment('k2', 20, { body: '', deletedAt: 40 }));
    applyComment(comment('k2', 20, { body: '', deletedAt: 40 })); // the socket echo of our own
    const items = useActivityStore.getState().items;
    expect(items).toHaveLength(2);
    expect(items[0]!.kind === 'comment' && items[0]!.comment.body).toBe('better');
    expect(items[1]!.kind === 'comment' && items[1]!.comment.deletedAt).toBe(40);
  });

  it('adds recorded changes once each, in time order, with comments', () => {
    showCard();
    useActivityStore.getState().applyComment(comment('k1', 10));
    const { applyHistory } = useActivityStore.getState();
    applyHistory([change('h2', 20), change('h0', 5), change('hx', 7, 'other')]);
    applyHistory([change('h2', 20), change('h1', 10)]);
    // On equal time a change comes before the comment it prompted.
    expect(ids()).toEqual(['h:h0', 'h:h1', 'c:k1', 'h:h2']);
  });

  it('closing another card leaves the shown one alone', () => {
    showCard();
    useActivityStore.getState().applyComment(comment('k1', 10));
    useActivityStore.getState().close('c9');
    expect(ids()).toEqual(['c:k1']);
    useActivityStore.getState().close('c1');
    expect(useActivityStore.getState().cardId).toBeNull();
    expect(ids()).toEqual([]);
  });
});
