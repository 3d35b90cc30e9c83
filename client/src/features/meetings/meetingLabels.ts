/** Display names for the meeting screens: sections, cadences, people. */
import {
  ROLES,
  STAGES,
  type AgendaSection,
  type Locale,
  type MemberDto,
  type RoleKey,
  type StageKey,
} from '@orderlane/shared';

type T = (key: string, vars?: Record<string, string | number>) => string;

export function personName(members: readonly MemberDto[], id: string | null | undefined): string {
  if (!id) return '—';
  return members.find((m) => m.id === id)?.name ?? id;
}

export function stageName(stage: StageKey | null, locale: Locale): string {
  const info = STAGES.find((s) => s.key === stage);
  return info ? info[locale] : '';
}

/** A lane's title, localised when it still carries its department's default name. */
export function laneName(title: string, role: RoleKey | null | undefined, locale: Locale): string {
  const info = ROLES.find((r) => r.key === role);
  const trimmed = title.trim();
  if (info && (trimmed === '' || trimmed === info.en || trimmed === info.zh)) return info[locale];
  return title;
}

/** A lane section shows its lane (localised when it carries a department's default name). */
export function sectionTitle(
  section: AgendaSection,
  t: T,
  locale: Locale,
  members: readonly MemberDto[],
): string {
  if (section.kind === 'lane') {
    return laneName(section.title, section.role, locale) || t('meetings.section.lane');
  }
  if (section.kind === 'owner')
    return section.ownerId ? personName(members, section.ownerId) : t('meetings.section.noOwner');
  if (section.kind === 'topics' && section.key !== 'topics' && section.title) return section.title;
  return t(`meetings.section.${section.kind}`);
}
