/**
 * Mentions in comments and card descriptions.
 *
 * Stored form: `@{user:<userId>}` or `@{role:<roleKey>}`. Names are never stored: a renamed
 * person shows their new name, and the server can tell exactly whom a text reaches. The
 * interface turns the stored form into segments that it renders as React text nodes: no HTML is
 * ever produced from user text, and only http(s) URLs become links.
 */
import { ID_PATTERN, ID_SOURCE } from './ids';
import { isRoleKey, ROLES, type RoleKey } from './roles';

export type MentionTarget = { kind: 'user'; userId: string } | { kind: 'role'; role: RoleKey };

/** Matches one stored mention token; the id part is an id (`ID_SOURCE`: no braces, no spaces). */
const MENTION_TOKEN = new RegExp(`@\\{(user|role):(${ID_SOURCE})\\}`, 'g');

/** The stored form of a mention: what the client inserts when a candidate is picked. */
export function mentionToken(target: MentionTarget): string {
  return target.kind === 'user' ? `@{user:${target.userId}}` : `@{role:${target.role}}`;
}

function targetKey(target: MentionTarget): string {
  return target.kind === 'user' ? `user:${target.userId}` : `role:${target.role}`;
}

function toTarget(kind: string, id: string): MentionTarget | null {
  if (kind === 'user') return ID_PATTERN.test(id) ? { kind: 'user', userId: id } : null;
  return isRoleKey(id) ? { kind: 'role', role: id } : null;
}

/** Every distinct mention of a text, in order of first appearance; unknown role keys are ignored. */
export function parseMentions(text: string): MentionTarget[] {
  const seen = new Set<string>();
  const targets: MentionTarget[] = [];
  for (const match of text.matchAll(MENTION_TOKEN)) {
    const target = toTarget(match[1]!, match[2]!);
    if (!target || seen.has(targetKey(target))) continue;
    seen.add(targetKey(target));
    targets.push(target);
  }
  return targets;
}

/**
 * The mentions present in `after` but not in `before`: what an edit added. A description edit
 * notifies only the newly mentioned, not everyone mentioned since the card was created.
 */
export function addedMentions(before: string, after: string): MentionTarget[] {
  const old = new Set(parseMentions(before).map(targetKey));
  return parseMentions(after).filter((target) => !old.has(targetKey(target)));
}

export type TextSegment =
  | { type: 'text'; text: string }
  | { type: 'mention'; target: MentionTarget; label: string; known: boolean }
  | { type: 'link'; href: string; text: string };

export interface MentionLookup {
  /** Display name of a member of the workspace, or undefined when unknown (left, other workspace). */
  userName(userId: string): string | undefined;
  locale: 'en' | 'zh';
}

/**
 * Only http(s) URLs become links: `javascript:`, `data:` and the like stay plain text. Stops at
 * whitespace, quotes and angle brackets so a pasted `<a href="…">` cannot smuggle markup around.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}]+/gi;
/** Punctuation that usually ends a sentence rather than the URL. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"。，；：！？）]+$/;

function roleLabel(role: RoleKey, locale: 'en' | 'zh'): string {
  const info = ROLES.find((r) => r.key === role)!;
  return locale === 'zh' ? info.zh : info.en;
}

function pushText(segments: TextSegment[], text: string): void {
  if (text === '') return;
  const last = segments[segments.length - 1];
  if (last?.type === 'text') last.text += text;
  else segments.push({ type: 'text', text });
}

function linkify(segments: TextSegment[], text: string): void {
  let index = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const href = raw.replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    pushText(segments, text.slice(index, start));
    // A link needs a host: `https://` alone stays text.
    if (/^https?:\/\/[^/?#]/i.test(href)) {
      segments.push({ type: 'link', href, text: href });
    } else {
      pushText(segments, href);
    }
    index = start + href.length;
  }
  pushText(segments, text.slice(index));
}

/**
 * Splits stored text into plain text, mentions (with display names) and http(s) links. Line
 * breaks stay inside text segments: render them with `white-space: pre-wrap`.
 */
export function renderMentionSegments(text: string, lookup: MentionLookup): TextSegment[] {
  const segments: TextSegment[] = [];
  let index = 0;
  for (const match of text.matchAll(MENTION_TOKEN)) {
    const target = toTarget(match[1]!, match[2]!);
    if (!target) continue;
    linkify(segments, text.slice(index, match.index));
    if (target.kind === 'user') {
      const name = lookup.userName(target.userId);
      const fallback = lookup.locale === 'zh' ? '未知成员' : 'unknown member';
      segments.push({ type: 'mention', target, label: `@${name ?? fallback}`, known: !!name });
    } else {
      segments.push({
        type: 'mention',
        target,
        label: `@${roleLabel(target.role, lookup.locale)}`,
        known: true,
      });
    }
    index = match.index + match[0].length;
  }
  linkify(segments, text.slice(index));
  return segments;
}

/** The text with mentions replaced by display names: for previews, titles and plain-text places. */
export function mentionPlainText(text: string, lookup: MentionLookup): string {
  return renderMentionSegments(text, lookup)
    .map((s) => (s.type === 'mention' ? s.label : s.text))
    .join('');
}
