/**
 * The one `upgrade` listener of the shared http.Server. Every WebSocket upgrade is owned here:
 * a served path goes to its endpoint (the Yjs rooms, socket.io's engine), and every other path
 * is answered 404 and its socket destroyed. With no owner, Node leaves such a socket open for
 * good once any listener exists, and a stranger can exhaust the process's file descriptors.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { refuseUpgrade } from './upgradeRefusal';

export type UpgradeHandler = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface UpgradeRoute {
  /** Whether this route serves the request's path (without its query string). */
  serves(pathname: string): boolean;
  handle: UpgradeHandler;
}

export function attachUpgradeRoutes(httpServer: http.Server, routes: UpgradeRoute[]): () => void {
  const onUpgrade: UpgradeHandler = (req, socket, head) => {
    // An error on a socket nobody has taken over yet must not crash the process.
    socket.on('error', () => socket.destroy());
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const route = routes.find((r) => r.serves(pathname));
    if (route) route.handle(req, socket, head);
    else refuseUpgrade(socket, 404, 'not_found', 'nothing is served here');
  };
  httpServer.on('upgrade', onUpgrade);
  return () => httpServer.off('upgrade', onUpgrade);
}
