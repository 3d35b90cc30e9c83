/** EN / 中文: follows the browser at first, then the person's choice (kept in localStorage). */
import { useT, type Locale } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';

const CHOICES: { locale: Locale; label: string }[] = [
  { locale: 'en', label: 'EN' },
  { locale: 'zh', label: '中文' },
];

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const setLocale = useLocaleStore((s) => s.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('shell.language')}>
      {CHOICES.map((c) => (
        <button
          key={c.locale}
          type="button"
          className="segmented__option"
          aria-pressed={locale === c.locale}
          lang={c.locale === 'zh' ? 'zh-CN' : 'en'}
          onClick={() => setLocale(c.locale)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
