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

  describe('pinyin ranking', () => {
    const team: MentionMember[] = [
      {
        userId: 'ly',
        name: '刘洋',
        email: 'yang.liu@acme.test',
        role: 'sales',
        pinyin: { full: 'liuyang', initials: 'ly', syllables: ['liu', 'yang'] },
      },
      {
        userId: 'ln',
        name: '李娜',
        email: 'na.li@acme.test',
        role: 'logistics',
        pinyin: { full: 'lina', initials: 'ln', syllables: ['li', 'na'] },
      },
      { userId: 'ol', name: 'Oliver Stone', email: 'oliver@acme.test', role: 'qc' },
    ];
    const ranked = (query: string, locale: 'en' | 'zh' = 'zh') =>
      mentionCandidates(query, { members: team, locale }).map((c) => c.label);

    it('puts a whole-syllable pinyin prefix before a prefix ending inside a syllable', () => {
      // "li" is the syllable of 李; for 刘 (liu) it stops inside the syllable.
      expect(ranked('li').slice(0, 2)).toEqual(['李娜', '刘洋']);
      expect(ranked('liu')[0]).toBe('刘洋');
      expect(ranked('lina')[0]).toBe('李娜');
    });

    it('finds a name by its initials first', () => {
      expect(ranked('ln')[0]).toBe('李娜');
      expect(ranked('ly')[0]).toBe('刘洋');
    });

    it('ranks substring matches after every prefix match', () => {
      // "li" inside "Oliver" comes after both Chinese names.
      const labels = ranked('li', 'en');
      expect(labels.indexOf('Oliver Stone')).toBeGreaterThan(labels.indexOf('刘洋'));
    });

    it('offers departments by pinyin syllables and by name in both languages', () => {
      expect(ranked('wu')[0]).toBe('物流');
      expect(ranked('wu', 'en')[0]).toBe('Logistics');
      expect(ranked('物流')[0]).toBe('物流');
      expect(ranked('logi', 'en')[0]).toBe('Logistics');
      expect(ranked('logi', 'zh')[0]).toBe('物流');
    });

    it('orders ties the same way whatever the order of the members', () => {
      const forward = mentionCandidates('l', { members: team, locale: 'en' });
      const backward = mentionCandidates('l', { members: [...team].reverse(), locale: 'en' });
      expect(backward.map((c) => c.token)).toEqual(forward.map((c) => c.token));
    });
  });
});
