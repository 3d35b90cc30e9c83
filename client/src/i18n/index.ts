/**
 * Translations. Every UI string goes through `t`; each feature keeps its own catalogue under
 * `messages/` with the same keys in English and Chinese (a unit test checks they match).
 */
import type { Locale } from '@orderlane/shared';
import { useLocaleStore } from '../store/localeStore';
import { catalogues } from './messages';

export type { Locale };
type Vars = Record<string, string | number>;

const merged: Record<Locale, Record<string, string>> = { en: {}, zh: {} };
for (const catalogue of catalogues) {
  Object.assign(merged.en, catalogue.en);
  Object.assign(merged.zh, catalogue.zh);
}

/** Translates `key` with `{name}` placeholders; a missing key shows itself (and fails a test). */
function translate(locale: Locale, key: string, vars?: Vars): string {
  const template = merged[locale][key] ?? merged.en[key] ?? key;
  return vars
    ? template.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m))
    : template;
}

/** The translate function of the current locale; components re-render when it changes. */
export function useT(): (key: string, vars?: Vars) => string {
  const locale = useLocaleStore((s) => s.locale);
  return (key, vars) => translate(locale, key, vars);
}

export function intlLocale(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en-GB';
}

export function formatDate(locale: Locale, isoDate: string, options?: Intl.DateTimeFormatOptions) {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(
    intlLocale(locale),
    options ?? { month: 'short', day: 'numeric' },
  ).format(new Date(y, m - 1, d));
}

export function formatNumber(locale: Locale, value: number) {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}
