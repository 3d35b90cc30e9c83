/** Structured JSON logs (pino). Tests pass `silent`. */
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

export function createLogger(level: LevelWithSilent | string = 'info'): Logger {
  return pino({ level, base: { app: 'orderlane' } });
}
