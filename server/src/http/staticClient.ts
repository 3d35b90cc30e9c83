/**
 * Serves the built client (client/dist) and falls back to index.html for the client's own routes,
 * so a reload of /boards/abc works. Hashed assets are cached for good; index.html never is.
 * Only navigations get index.html: a missing file (anything under /assets/ or with an extension)
 * is a 404, so a stale or mistyped asset is not cached as HTML, and source maps are never served.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';
import { SOCKET_IO_PATH, YJS_PATH } from '@orderlane/shared';
import { AppError } from '../errors/AppError';

const NOT_CLIENT_ROUTES = ['/api', YJS_PATH, SOCKET_IO_PATH];
const ASSETS_PATH = '/assets';

/** Source maps hand out the client's whole source: not for production visitors. */
function isSourceMap(urlPath: string): boolean {
  return urlPath.toLowerCase().endsWith('.map');
}

/** A request for a file rather than a page of the app: the client's routes have no extension. */
function isFileRequest(urlPath: string): boolean {
  return urlPath.startsWith(`${ASSETS_PATH}/`) || path.posix.extname(urlPath) !== '';
}

export function staticClient(clientDist: string): RequestHandler[] {
  const index = path.join(clientDist, 'index.html');
  if (!existsSync(index)) return [];
  const noSourceMaps: RequestHandler = (req, _res, next) => {
    next(isSourceMap(req.path) ? new AppError('not_found', 'no such file') : undefined);
  };
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
    if (isFileRequest(req.path)) return next(new AppError('not_found', 'no such file'));
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  return [noSourceMaps, assets, spaFallback];
}
