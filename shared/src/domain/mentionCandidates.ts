/**
 * What the `@` popup offers: people of the workspace and departments, ranked for a query.
 *
 * Pinyin: shared stays free of big dictionaries. The client computes each member's pinyin keys
 * once per member list (the `pinyin-pro` npm package, used only in the client:
 * `pinyin(name, { toneType: 'none', type: 'array' }).join('')` for `full`, and the same with
 * `pattern: 'first'` for `initials`, the array itself for `syllables`) and passes them in here;
 * `王小明` → `wangxiaoming` / `wxm` / `wang xiao ming`. Department labels are fixed, so their
 * pinyin lives below.
 *
 * Ranking, best first: an exact name (or exact pinyin or initials); a name prefix or exact
 * initials; a pinyin prefix made of whole syllables ("li" → 李娜 li·na) or an initials prefix;
 * a pinyin prefix that ends inside a syllable ("li" → 刘洋 liu·yang), an email prefix; a later
 * word of a name; a substring. People before departments on equal rank, then by label, then by
 * token, so ties always come out in the same order.
 */
import { mentionToken, type MentionTarget } from './mentions';
import { ROLES, type RoleKey } from './roles';

export interface MentionMember {
  userId: string;
  name: string;
  email: string;
  role: RoleKey;
  /** Precomputed by the caller for Chinese names; lower-case ASCII without spaces. */
  pinyin?: PinyinKeys;
}

export interface PinyinKeys {
  full: string;
  initials: string;
  /** One entry per character, lower-case ASCII: `['li', 'na']`. */
  syllables?: readonly string[];
}

export interface MentionCandidate {
  target: MentionTarget;
  /** What the popup shows first: a person's name or a department's label. */
  label: string;
  /** A second line: a person's email, a department's member count. */
  detail: string;
  /** The stored form to insert: `@{user:…}` / `@{role:…}`. */
  token: string;
}

export interface MentionCandidateOptions {
  members: readonly MentionMember[];
  locale: 'en' | 'zh';
  /** The author: offering oneself is noise. */
  selfId?: string;
  /** At most this many candidates (default 8). */
  limit?: number;
}

/** Pinyin of the department labels of roles.ts (fixed strings: no dictionary needed). */
const ROLE_PINYIN: Record<RoleKey, PinyinKeys> = {
  sales: { syllables: ['ye', 'wu'], full: 'yewu', initials: 'yw' },
  merchandiser: { syllables: ['gen', 'dan'], full: 'gendan', initials: 'gd' },
  purchasing: { syllables: ['cai', 'gou'], full: 'caigou', initials: 'cg' },
  production: { syllables: ['sheng', 'chan'], full: 'shengchan', initials: 'sc' },
  qc: { syllables: ['zhi', 'jian'], full: 'zhijian', initials: 'zj' },
  logistics: { syllables: ['wu', 'liu'], full: 'wuliu', initials: 'wl' },
  documents: { syllables: ['dan', 'zheng'], full: 'danzheng', initials: 'dz' },
  finance: { syllables: ['cai', 'wu'], full: 'caiwu', initials: 'cw' },
  manager: { syllables: ['jing', 'li'], full: 'jingli', initials: 'jl' },
};

/** Lower rank is better; undefined means no match. */
type Rank = number | undefined;

function rankText(query: string, text: string, prefixRank: number): Rank {
  const value = text.toLowerCase();
  if (value === query) return prefixRank - 1;
  if (value.startsWith(query)) return prefixRank;
  // A later word of a name: "li" finds "Wei Li".
  if (value.split(/[\s._-]+/).some((word) => word.startsWith(query))) return prefixRank + 1;
  if (query.length >= 2 && value.includes(query)) return prefixRank + 4;
  return undefined;
}

/** Pinyin: exact, whole-syllable prefix, initials, then a prefix ending inside a syllable. */
function rankPinyin(query: string, keys: PinyinKeys | undefined): Rank {
  if (!keys || query === '') return undefined;
  if (query === keys.full || query === keys.initials) return 0;
  if (keys.syllables && startsWithSyllables(query, keys.syllables)) return 2;
  return best(rankText(query, keys.initials, 2), rankText(query, keys.full, 3));
}

/** True when `query` is the first syllables joined: "li", "lina" of li·na, not "lin". */
function startsWithSyllables(query: string, syllables: readonly string[]): boolean {
  let joined = '';
  for (const syllable of syllables) {
    joined += syllable;
    if (joined === query) return true;
    if (joined.length >= query.length) return false;
  }
  return false;
}

function best(...ranks: Rank[]): Rank {
  const found = ranks.filter((r): r is number => r !== undefined);
  return found.length > 0 ? Math.min(...found) : undefined;
}

function normalizeQuery(query: string): string {
  return query.trim().replace(/^@/, '').toLowerCase();
}

/**
 * The candidates for `@query`, best first; people before departments on equal rank, then by
 * label. An empty query offers people alphabetically, then departments.
 */
export function mentionCandidates(
  query: string,
  options: MentionCandidateOptions,
): MentionCandidate[] {
  const q = normalizeQuery(query);
  const compact = q.replace(/\s+/g, '');
  const limit = options.limit ?? 8;
  const counts = new Map<RoleKey, number>();
  for (const m of options.members) counts.set(m.role, (counts.get(m.role) ?? 0) + 1);

  const ranked: { rank: number; kind: 0 | 1; candidate: MentionCandidate }[] = [];
  for (const member of options.members) {
    if (member.userId === options.selfId) continue;
    const local = member.email.split('@')[0] ?? '';
    const rank =
      q === ''
        ? 5
        : best(
            rankText(q, member.name, 1),
            rankText(q, local, 3),
            rankPinyin(compact, member.pinyin),
          );
    if (rank === undefined) continue;
    const target: MentionTarget = { kind: 'user', userId: member.userId };
    ranked.push({
      rank,
      kind: 0,
      candidate: { target, label: member.name, detail: member.email, token: mentionToken(target) },
    });
  }
  for (const role of ROLES) {
    const pinyin = ROLE_PINYIN[role.key];
    const rank =
      q === ''
        ? 10
        : best(
            rankText(q, role.key, 1),
            rankText(q, role.en, 1),
            rankText(q, role.zh, 1),
            rankPinyin(compact, pinyin),
          );
    if (rank === undefined) continue;
    const target: MentionTarget = { kind: 'role', role: role.key };
    const count = counts.get(role.key) ?? 0;
    const detail =
      options.locale === 'zh'
        ? `${role.en} · ${count} 人`
        : `${role.zh} · ${count} ${count === 1 ? 'person' : 'people'}`;
    ranked.push({
      rank,
      kind: 1,
      candidate: {
        target,
        label: options.locale === 'zh' ? role.zh : role.en,
        detail,
        token: mentionToken(target),
      },
    });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.kind - b.kind ||
      a.candidate.label.localeCompare(b.candidate.label, 'en') ||
      (a.candidate.token < b.candidate.token ? -1 : a.candidate.token > b.candidate.token ? 1 : 0),
  );
  return ranked.slice(0, limit).map((r) => r.candidate);
}
