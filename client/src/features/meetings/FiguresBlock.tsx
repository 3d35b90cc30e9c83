/** The review's figures: the week's counts, or the months side by side to show the trend. */
import { ROLES, type AgendaView, type Ratio } from '@orderlane/shared';
import { formatNumber, useT } from '../../i18n';
import { useLocaleStore } from '../../store/localeStore';

function percent(ratio: Ratio | null, locale: 'en' | 'zh'): string {
  if (!ratio || ratio.rate === null) return '—';
  return `${formatNumber(locale, Math.round(ratio.rate * 100))}% (${ratio.hits}/${ratio.total})`;
}

export function FiguresBlock({ figures }: { figures: AgendaView['figures'] }) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const count = (n: number | null) => (n === null ? '—' : formatNumber(locale, n));
  return (
    <div className="figures" data-testid="figures">
      {figures.week && (
        <dl className="figures__week">
          <div>
            <dt>{t('meetings.figures.newInquiries')}</dt>
            <dd>{count(figures.week.newInquiries)}</dd>
          </div>
          <div>
            <dt>{t('meetings.figures.shipped')}</dt>
            <dd>{count(figures.week.shipped)}</dd>
          </div>
          <div>
            <dt>{t('meetings.figures.paid')}</dt>
            <dd>{count(figures.week.paid)}</dd>
          </div>
        </dl>
      )}
      {figures.months && figures.months.length > 0 && (
        <table className="figures__months">
          <thead>
            <tr>
              <th scope="col">{t('meetings.figures.month')}</th>
              <th scope="col">{t('meetings.figures.newInquiries')}</th>
              <th scope="col">{t('meetings.figures.response24h')}</th>
              <th scope="col">{t('meetings.figures.onTime')}</th>
              <th scope="col">{t('meetings.figures.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{count(m.newInquiries)}</td>
                <td>{percent(m.inquiryResponse24h, locale)}</td>
                <td>{percent(m.onTimeShipment, locale)}</td>
                <td>
                  {m.overdueByDepartment
                    ? Object.entries(m.overdueByDepartment)
                        .map(
                          ([dept, n]) =>
                            `${ROLES.find((r) => r.key === dept)?.[locale] ?? dept} ${n}`,
                        )
                        .join(', ') || '0'
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
