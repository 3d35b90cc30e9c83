/** A failure said in plain words, announced to screen readers. */
import { useT } from '../i18n';
import { errorMessageKey } from '../api/http';

/** `messageKey` overrides the general explanation where the screen knows better. */
export function FormError({ error, messageKey }: { error: unknown; messageKey?: string }) {
  const t = useT();
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {t(messageKey ?? errorMessageKey(error))}
    </p>
  );
}
