import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { paths } from '../../router/routes';
import { AppShell } from './AppShell';

export function NotFoundPage() {
  const t = useT();
  return (
    <AppShell>
      <section className="empty-state">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link className="button button--primary" href={paths.boards()}>
          {t('notFound.back')}
        </Link>
      </section>
    </AppShell>
  );
}
