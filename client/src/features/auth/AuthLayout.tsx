/** The calm frame of the sign-in and register screens: the product in one line, then the form. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { LanguageSwitch } from '../shell/LanguageSwitch';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="auth">
      <div className="auth__top">
        <span className="auth__brand">
          <span className="topbar__logo" aria-hidden="true">
            ▦
          </span>
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </div>
      <main className="auth__card">
        <p className="auth__tagline">{t('app.tagline')}</p>
        <h1>{title}</h1>
        {children}
      </main>
    </div>
  );
}
