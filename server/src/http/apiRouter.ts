/** The HTTP API under /api (route table: docs/api.md). */
import express, { Router } from 'express';
import type { OriginCheck } from '../auth/AuthContext';
import type { ApiContext } from './ApiContext';
import { apiNotFound } from './errorHandler';
import { requireAllowedOrigin } from './originCheck';
import { authRoutes, meRoute } from './routes/authRoutes';
import { boardRoutes } from './routes/boardRoutes';
import { cardActivityRoutes } from './routes/cardActivityRoutes';
import { notificationRoutes } from './routes/notificationRoutes';
import { memberRoutes } from './routes/memberRoutes';
import { meetingRoutes } from './routes/meetingRoutes';

const JSON_BODY_LIMIT = '64kb';

export function apiRouter(ctx: ApiContext, isAllowedOrigin: OriginCheck): Router {
  const api = Router();
  api.use(requireAllowedOrigin(isAllowedOrigin));
  api.use(express.json({ limit: JSON_BODY_LIMIT }));
  api.use((_req, res, next) => {
    // API answers are per-user: never cached by the browser or a proxy.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.use('/auth', authRoutes(ctx));
  api.use(meRoute(ctx));
  api.use(memberRoutes(ctx));
  api.use('/boards', boardRoutes(ctx));
  api.use('/boards', meetingRoutes(ctx));
  api.use('/boards', cardActivityRoutes(ctx));
  api.use('/notifications', notificationRoutes(ctx));
  api.use(apiNotFound);
  return api;
}
