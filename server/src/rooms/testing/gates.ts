/**
 * Fault and timing injection on a real document log: one method of the real object is wrapped,
 * so its next calls wait for the test, or the next one fails. The database underneath stays real.
 */
import type { DocumentLog } from '../../persistence/DocumentLog';

type Method = keyof DocumentLog;
type AnyMethod = (...args: unknown[]) => Promise<unknown>;

function replace(log: DocumentLog, method: Method, by: AnyMethod): AnyMethod {
  const original = (log[method] as AnyMethod).bind(log);
  (log as unknown as Record<Method, AnyMethod>)[method] = by;
  return original;
}

/** Holds every call of `method` until `release()`. */
export function holdCalls(log: DocumentLog, method: Method) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const original = replace(log, method, async (...args) => {
    calls++;
    await gate;
    return original(...args);
  });
  return {
    release,
    get calls() {
      return calls;
    },
  };
}

/**
 * The next call of `method` rejects with `error` and stores nothing (once `until` resolves, if
 * given); later calls go through.
 */
export function failOnce(
  log: DocumentLog,
  method: Method,
  options: { error?: Error; until?: Promise<void> } = {},
) {
  const original = replace(log, method, async () => {
    replace(log, method, original);
    await options.until;
    throw options.error ?? new Error('disk full');
  });
}
