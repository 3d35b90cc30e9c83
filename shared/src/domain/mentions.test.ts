import { describe, expect, it } from 'vitest';
import {
  addedMentions,
  mentionPlainText,
  mentionToken,
  parseMentions,
  renderMentionSegments,
  type MentionLookup,
} from './mentions';

const lookup: MentionLookup = {
  userName: (id) => ({ u1: 'Alice', u2: '王小明' })[id],
  locale: 'en',
};

describe('parseMentions', () => {
  it('finds user and role mentions once each, in order', () => {
    const text = 'hi @{role:logistics} and @{user:u1}, again @{user:u1} @{role:logistics}';
    expect(parseMentions(text)).toEqual([
      { kind: 'role', role: 'logistics' },
      { kind: 'user', userId: 'u1' },
    ]);
  });

  it('ignores unknown roles, malformed tokens and plain @names', () => {
    expect(parseMentions('@{role:pirates} @{user:} @{user:a b} @alice @{team:x}')).toEqual([]);
  });

  it('round-trips the stored form', () => {
    const target = { kind: 'role', role: 'finance' } as const;
    expect(parseMentions(`x${mentionToken(target)}y`)).toEqual([target]);
    expect(mentionToken({ kind: 'user', userId: 'abc' })).toBe('@{user:abc}');
  });

  it('reports only the mentions an edit added', () => {
    expect(addedMentions('ask @{user:u1}', 'ask @{user:u1} and @{role:qc}')).toEqual([
      { kind: 'role', role: 'qc' },
    ]);
    expect(addedMentions('@{user:u1}', 'nothing')).toEqual([]);
  });
});

describe('renderMentionSegments', () => {
  it('shows names for mentions and keeps the text around them', () => {
    expect(
      renderMentionSegments('@{user:u2} please ask @{role:logistics}\nthanks', lookup),
    ).toEqual([
      { type: 'mention', target: { kind: 'user', userId: 'u2' }, label: '@王小明', known: true },
      { type: 'text', text: ' please ask ' },
      {
        type: 'mention',
        target: { kind: 'role', role: 'logistics' },
        label: '@Logistics',
        known: true,
      },
      { type: 'text', text: '\nthanks' },
    ]);
  });

  it('labels roles in Chinese and unknown people as unknown', () => {
    const zh = { ...lookup, locale: 'zh' as const };
    expect(mentionPlainText('@{role:logistics} @{user:gone}', zh)).toBe('@物流 @未知成员');
    const [segment] = renderMentionSegments('@{user:gone}', lookup);
    expect(segment).toMatchObject({ type: 'mention', known: false });
  });

  it('links http(s) URLs only, without trailing punctuation', () => {
    const segments = renderMentionSegments(
      'see https://example.com/a?b=1. or http://x.io)',
      lookup,
    );
    expect(
      segments.filter((s) => s.type === 'link').map((s) => (s as { href: string }).href),
    ).toEqual(['https://example.com/a?b=1', 'http://x.io']);
    expect(mentionPlainText('see https://example.com/a?b=1.', lookup)).toBe(
      'see https://example.com/a?b=1.',
    );
  });

  it('never produces a link from javascript:, data: or markup', () => {
    const text =
      '<img src=x onerror=alert(1)> javascript:alert(1) data:text/html,<b>x</b> <a href="javascript:alert(1)">y</a> https://';
    const segments = renderMentionSegments(text, lookup);
    expect(segments).toEqual([{ type: 'text', text }]);
  });

  it('keeps a URL that hides a script scheme in its query as an http link to that host', () => {
    const [, link] = renderMentionSegments('x https://ok.example/?u=javascript:alert(1)', lookup);
    expect(link).toMatchObject({ type: 'link' });
    expect((link as { href: string }).href.startsWith('https://ok.example/')).toBe(true);
  });
});
