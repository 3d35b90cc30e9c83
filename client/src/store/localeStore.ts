/** The language the UI speaks: saved in this browser, else guessed from the browser's languages. */
import { create } from 'zustand';
import type { Locale } from '@orderlane/shared';

const STORAGE_KEY = 'orderlane.locale';

function detectLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  if (saved === 'en' || saved === 'zh') return saved;
  const languages =
    typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

export const useLocaleStore = create<LocaleState>((set) => ({
  locale: detectLocale(),
  setLocale: (locale) => {
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    set({ locale });
  },
}));
