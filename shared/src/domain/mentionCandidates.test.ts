import { describe, expect, it } from 'vitest';
import { mentionCandidates, type MentionMember } from './mentionCandidates';

const members: MentionMember[] = [
  { userId: 'a', name: 'Alice Chen', email: 'alice@acme.test', role: 'sales' },
  {
    userId: 'w',
    name: '王小明',
    email: 'xm.wang@acme.test',
    role: 'logistics',
    pinyin: { full: 'wangxiaoming', initials: 'wxm' },
  },
  {
    userId: 'l',
    name: '李丽',
    email: 'lili@acme.test',
    role: 'logistics',
    pinyin: { full: 'lili', initials: 'll' },
  },
  { userId: 'g', name: 'Logan Reed', email: 'logan@acme.test', role: 'qc' },
];

const labels = (query: string, locale: 'en' | 'zh' = 'en', selfId?: string) =>
  mentionCandidates(query, { members, locale, selfId }).map((c) => c.label);

describe('mentionCandidates', () => {
  it('matches people by name, later word of a name and email local part', () => {
    expect(labels('ali')).toEqual(['Alice Chen']);
    expect(labels('chen')).toEqual(['Alice Chen']);
    expect(labels('xm.w')).toEqual(['王小明']);
  });

  it('matches Chinese names by pinyin initials and full pinyin supplied by the caller', () => {
    expect(labels('wxm')).toEqual(['王小明']);
    expect(labels('wangxiao')).toEqual(['王小明']);
    expect(labels('wang xiao')).toEqual(['王小明']);
    expect(labels('王')).toEqual(['王小明']);
  });

  it('offers departments by key, English and Chinese label and pinyin', () => {
    expect(mentionCandidates('@logistics', { members, locale: 'en' })[0]).toMatchObject({
      target: { kind: 'role', role: 'logistics' },
      token: '@{role:logistics}',
      label: 'Logistics',
      detail: '物流 · 2 people',
    });
    expect(mentionCandidates('物流', { members, locale: 'zh' })[0]).toMatchObject({
      token: '@{role:logistics}',
      label: '物流',
    });
    expect(mentionCandidates('wl', { members, locale: 'zh' })[0]?.token).toBe('@{role:logistics}');
    expect(mentionCandidates('fin', { members, locale: 'en' })[0]?.token).toBe('@{role:finance}');
  });

  it('ranks prefix matches of people and departments together, people first on ties', () => {
    expect(labels('log')).toEqual(['Logan Reed', 'Logistics']);
  });

  it('leaves out the author and honours the limit; empty query starts with people', () => {
    expect(labels('ali', 'en', 'a')).toEqual([]);
    const all = mentionCandidates('', { members, locale: 'en', limit: 3 });
    expect(all).toHaveLength(3);
    expect(all.every((c) => c.target.kind === 'user')).toBe(true);
  });

  it('returns nothing for a query that matches nobody', () => {
    expect(labels('zzz')).toEqual([]);
  });
});
