import { describe, expect, it } from 'vitest';
import { notificationExcerpt, notificationListQuery, notificationReadBody } from './notifications';

describe('notificationReadBody', () => {
  it('takes either ids or all: true', () => {
    expect(notificationReadBody.parse({ ids: ['a1', 'b2'] })).toEqual({ ids: ['a1', 'b2'] });
    expect(notificationReadBody.parse({ all: true })).toEqual({ all: true });
  });

  it('refuses neither, both, empty ids, bad ids and all: false', () => {
    for (const body of [
      {},
      { ids: ['a'], all: true },
      { ids: [] },
      { ids: ['../x'] },
      { all: false },
    ])
      expect(notificationReadBody.safeParse(body).success).toBe(false);
  });
});

describe('notificationListQuery', () => {
  it('coerces query strings and bounds the page size', () => {
    expect(notificationListQuery.parse({})).toEqual({ limit: 50 });
    expect(notificationListQuery.parse({ limit: '10', before: '123' })).toEqual({
      limit: 10,
      before: 123,
    });
    expect(notificationListQuery.safeParse({ limit: '1000' }).success).toBe(false);
  });
});

describe('notificationExcerpt', () => {
  it('flattens whitespace and never cuts a mention token in half', () => {
    expect(notificationExcerpt('a\n\nb')).toBe('a b');
    const text = `${'x'.repeat(8)} @{user:abcdef}`;
    expect(notificationExcerpt(text, 14)).toBe('xxxxxxxx…');
    expect(notificationExcerpt('short')).toBe('short');
  });
});
