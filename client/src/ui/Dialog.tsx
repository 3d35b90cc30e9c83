/**
 * The modal frame every dialog shares: a native `<dialog>` opened with `showModal()` (the page
 * behind turns inert, so focus stays inside), a title that names it, the first field focused,
 * Escape to close, and focus handed back to whatever opened it. The body is a form; either a
 * `submit` label gives the usual Cancel + primary pair, or `actions` supplies the footer.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useT } from '../i18n';
import { FormError } from './FormError';

interface DialogProps {
  title: ReactNode;
  /** One line under the title saying what the dialog is for. */
  lead?: ReactNode;
  onClose(): void;
  onSubmit?(event: FormEvent): void;
  /** The primary button; with it comes a Cancel button that closes. */
  submit?: { label: string; disabled?: boolean };
  /** A footer of the dialog's own, instead of Cancel + submit. */
  actions?: ReactNode;
  /** A failure to show above the footer (null/undefined: none). */
  error?: unknown;
  /** Overrides the general wording of `error` where the dialog knows better. */
  errorKey?: string;
  /** `sheet`: slides up from the bottom on phones (filters). */
  variant?: 'sheet';
  className?: string;
  children?: ReactNode;
}

/** What gets focus on opening: the field marked autofocus, else the first field. */
const FIRST_FIELD =
  '[autofocus], input:not([type="hidden"]):not([readonly]), select, textarea, [role="radio"][aria-checked="true"]';

export function Dialog(props: DialogProps) {
  const { title, lead, onClose, onSubmit, submit, actions, error, errorKey, variant } = props;
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Whoever opened the dialog gets focus back when it goes, as a keyboard user expects.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    element.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const classes = ['dialog', variant ? `dialog--${variant}` : '', props.className ?? '']
    .filter(Boolean)
    .join(' ');

  return (
    <dialog
      ref={dialog}
      className={classes}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(e) => {
        // Escape: the owner unmounts the dialog, so React state stays the one truth.
        e.preventDefault();
        onClose();
      }}
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.(e);
        }}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        {lead && <p className="dialog__lead">{lead}</p>}
        {props.children}
        {error !== null && error !== undefined && <FormError error={error} messageKey={errorKey} />}
        <div className="dialog__actions">
          {submit ? (
            <>
              <button type="button" className="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--primary" disabled={submit.disabled}>
                {submit.label}
              </button>
            </>
          ) : (
            actions
          )}
        </div>
      </form>
    </dialog>
  );
}
