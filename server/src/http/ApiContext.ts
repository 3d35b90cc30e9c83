/** What every route module is built from: passed in, so tests can give their own clock. */
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/AuthContext';
import type { Storage } from '../persistence/Storage';

export interface ApiContext {
  storage: Storage;
  authenticate: Authenticate;
  logger: Logger;
  now: () => number;
  /** Login and register attempts per client IP per minute. */
  authAttemptsPerMinute: number;
}
