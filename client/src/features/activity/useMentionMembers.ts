/**
 * The workspace's members as mention candidates, with pinyin keys for Chinese names so `wxm` or
 * `wang` finds 王小明. pinyin-pro carries a dictionary: it is imported on first use (the first
 * mention popup or comment box), never on first load of the app.
 */
import { useEffect, useMemo, useState } from 'react';
import type { MemberDto, MentionMember } from '@orderlane/shared';
import { useSessionStore } from '../../store/sessionStore';

type PinyinFn = (text: string, options: Record<string, unknown>) => string[];

let pinyinModule: Promise<PinyinFn> | null = null;
function loadPinyin(): Promise<PinyinFn> {
  pinyinModule ??= import('pinyin-pro').then((m) => m.pinyin as unknown as PinyinFn);
  return pinyinModule;
}

const HAN = /[\u3400-\u9fff]/;

function keysOf(pinyin: PinyinFn, name: string): MentionMember['pinyin'] {
  if (!HAN.test(name)) return undefined;
  const ascii = (part: string) => part.toLowerCase().replace(/[^a-z0-9]/g, '');
  const syllables = pinyin(name, { toneType: 'none', type: 'array' }).map(ascii).filter(Boolean);
  return {
    full: syllables.join(''),
    initials: pinyin(name, { toneType: 'none', type: 'array', pattern: 'first' })
      .map(ascii)
      .join(''),
    syllables,
  };
}

function toMentionMembers(members: readonly MemberDto[], pinyin: PinyinFn | null): MentionMember[] {
  return members.map((m) => {
    const keys = pinyin ? keysOf(pinyin, m.name) : undefined;
    return {
      userId: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      ...(keys ? { pinyin: keys } : {}),
    };
  });
}

/** The members to offer; names match at once, pinyin as soon as the dictionary has loaded. */
export function useMentionMembers(): MentionMember[] {
  const members = useSessionStore((s) => s.members);
  const [pinyin, setPinyin] = useState<PinyinFn | null>(null);
  useEffect(() => {
    let live = true;
    loadPinyin().then(
      (fn) => live && setPinyin(() => fn),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => toMentionMembers(members, pinyin), [members, pinyin]);
}
