/** What other packages (tests, benchmarks) use of the server. */
export { startOrderlaneServer } from './app';
export type { OrderlaneServer } from './app';
export { readTunables } from './config';
export type { ServerTunables } from './config';
export { createLogger } from './logger';
export { MemoryStorage } from './persistence/MemoryStorage';
export { SqliteStorage } from './persistence/SqliteStorage';
export * from './persistence/Storage';
export * from './persistence/AccountStorage';
export * from './persistence/SessionStorage';
export * from './persistence/BoardStorage';
export * from './persistence/DocumentLog';
export * from './persistence/MeetingStorage';
export * from './persistence/ConflictError';
export type { AuthContext } from './auth/AuthContext';
export * from './persistence/CardActivityStorage';
// A board's room, for integration tests that drive one against real storage.
export { Room } from './rooms/Room';
export type { RoomSocket } from './rooms/RoomConnection';
export { CARD_ACTIVITY_CARDS_PER_UPDATE } from './activity/CardActivityObserver';
export { ACTIVITY_CHUNK_CARDS } from './activity/recordCardEvents';
export { NOTIFICATION_BUDGET } from './activity/NotificationBudget';
export { USER_LIMITS } from './http/userRateLimit';
export { YJS_INBOUND_BUDGET } from './realtime/YjsInboundBudget';
