/**
 * The confirmation before the facilitator ends a meeting: it says that the minutes are then
 * frozen; Cancel has the focus, so Enter alone never ends a meeting.
 */
import { useT } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

export function EndMeetingDialog(props: { onClose(): void; onEnd(): void }) {
  const t = useT();
  return (
    <Dialog
      title={t('meetings.endTitle')}
      lead={t('meetings.endConfirm')}
      onClose={props.onClose}
      onSubmit={props.onEnd}
      className="end-meeting-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={props.onClose} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger">
            {t('meetings.end')}
          </button>
        </>
      }
    />
  );
}
