/**
 * Display names of stages and departments. A column with a stage shows the stage's name in the
 * UI language unless someone renamed it (its title is neither the English nor the Chinese default).
 */
import { ROLES, STAGES, type Column, type Lane, type Locale } from '@orderlane/shared';

function localised(
  title: string,
  info: { en: string; zh: string } | undefined,
  locale: Locale,
): string {
  if (!info) return title;
  const trimmed = title.trim();
  if (trimmed === '' || trimmed === info.en || trimmed === info.zh) return info[locale];
  return title;
}

export function columnTitle(column: Column, locale: Locale): string {
  return localised(
    column.title,
    STAGES.find((s) => s.key === column.stage),
    locale,
  );
}

export function laneTitle(lane: Lane, locale: Locale): string {
  return localised(
    lane.title,
    ROLES.find((r) => r.key === lane.role),
    locale,
  );
}
