/** A timestamp as people read it in a thread: the time today, the date and time before. */
import { intlLocale, type Locale } from '../../i18n';

export function formatWhen(locale: Locale, at: number, now = Date.now()): string {
  const date = new Date(at);
  const today = new Date(now);
  const sameDay = date.toDateString() === today.toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** The full date and time, for a tooltip. */
export function formatFullTime(locale: Locale, at: number): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}
