/**
 * Serves the built client (client/dist) and falls back to index.html for the client's own routes,
 * so a reload of /boards/abc works. Hashed assets are cached for good; index.html never is.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { SOCKET_IO_PATH, YJS_PATH } from '@orderlane/shared';

const NOT_CLIENT_ROUTES = ['/api', YJS_PATH, SOCKET_IO_PATH];

export function staticClient(clientDist: string): RequestHandler[] {
  const index = path.join(clientDist, 'index.html');
  if (!existsSync(index)) return [];
  const assets = express.static(clientDist, {
    index: false,
    setHeaders(res, file) {
      const immutable = file.includes(`${path.sep}assets${path.sep}`);
      res.setHeader(
        'Cache-Control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const spaFallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (NOT_CLIENT_ROUTES.some((p) => req.path === p || req.path.startsWith(`${p}/`)))
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [assets, spaFallback];
}
