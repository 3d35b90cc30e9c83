/**
 * The busy/error state of a form that sends something to the server. `submit(work)` marks the
 * form busy and clears the last error; a failure is kept to show and frees the form again. On
 * success the form stays busy: the screen moves on (a new board opens, the session starts).
 */
import { useCallback, useState } from 'react';

export function useSubmission() {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }, []);
  return { error, setError, busy, submit };
}
