/**
 * The busy/error state of a form that sends something to the server. `submit(work)` marks the
 * form busy and clears the last error; a failure is kept to show and frees the form again. On
 * success the form stays busy: the screen moves on (a new board opens, the session starts),
 * unless it is `repeatable` (a control that stays on screen, such as a meeting's start and end).
 */
import { useCallback, useState } from 'react';

export function useSubmission({ repeatable = false }: { repeatable?: boolean } = {}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
        if (repeatable) setBusy(false);
      } catch (failure) {
        setError(failure);
        setBusy(false);
      }
    },
    [repeatable],
  );
  return { error, setError, busy, submit };
}
