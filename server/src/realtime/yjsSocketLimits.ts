/** Limits of one Yjs WebSocket, so that no client can hold the server's memory or a writer's seat. */

/**
 * What may wait in one socket's send buffer (bytes the client has not read yet). Well above the
 * largest legitimate answer (a whole board of ~9 MB of text), far below what a few idle readers
 * could otherwise pin: past it the connection is closed with `CLOSE.slowReader`.
 */
export const MAX_SEND_BUFFER_BYTES = 32 * 1024 * 1024;

/**
 * How long a socket the server closes may take to answer the close frame before it is cut.
 * It is out of its room from the first moment: nothing it sends meanwhile is read.
 */
export const CLOSE_GRACE_MS = 1_000;
