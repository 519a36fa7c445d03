import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import { createRequire } from 'node:module';
import type { ApiDeps } from './deps';
import { DOCS_INIT, DOCS_PAGE } from './http/docs-page';
import { mountRoutes } from './http/mount';
import { API_BASE, buildOpenApiDocument } from './http/openapi';
import { problemErrorHandler, problems, sendProblem } from './http/problem';
import { encryptedFieldErrors } from './http/encrypted-field-errors';
import { requestContext } from './http/request-context';
import { negotiateLanguage } from '../domain/i18n/rule-messages';
import { securityHeaders } from './http/security-headers';
import { webPortal } from './http/web-portal';
import { rejectUnstorableText } from './http/input-guards';
import type { RouteDefinition } from './http/route';
import { allRoutes } from './routes';

const swaggerUiDir = (createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();

const DOCS_ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js'] as const;

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<T>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function createApp(deps: ApiDeps, routes: readonly RouteDefinition[] = allRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(API_BASE));
  app.use(requestContext(deps.logger));
  app.use(express.json({ limit: '1mb' }));
  app.use(rejectUnstorableText());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks: Record<string, 'ok' | 'unreachable'> = {};
    await Promise.all([
      withTimeout(deps.orm.em.fork().getConnection().execute('select 1'), 2000).then(
        () => {
          checks.postgres = 'ok';
        },
        () => {
          checks.postgres = 'unreachable';
        },
      ),
      withTimeout(deps.temporal.workflowService.getSystemInfo({}), 2000).then(
        () => {
          checks.temporal = 'ok';
        },
        () => {
          checks.temporal = 'unreachable';
        },
      ),
    ]);
    const ready = Object.values(checks).every((c) => c === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks });
  });

  const openApi = buildOpenApiDocument(routes);
  app.get('/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  app.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(DOCS_INIT);
  });
  // Only the two files the docs page loads, not the whole swagger-ui-dist folder (its demo pages, maps, …).
  for (const asset of DOCS_ASSETS) {
    app.get(`/docs/assets/${asset}`, (_req, res, next) => {
      res.sendFile(asset, { root: swaggerUiDir, maxAge: '1d' }, (err) => err && next(err));
    });
  }

  // Everything that checks a secret someone could guess (a password, a code) or sends an SMS is
  // rate-limited per address; each path counts on its own (/auth/session covers /auth/session/code).
  for (const path of ['/auth/login', '/auth/session', '/auth/password', '/auth/code/request', '/auth/code/verify']) {
    app.use(
      `${API_BASE}${path}`,
      rateLimit({
        windowMs: 60_000,
        limit: deps.config.LOGIN_RATE_LIMIT_PER_MINUTE,
        skip: (req) => req.method !== 'POST',
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: (req, res) =>
          sendProblem(
            res,
            problems.tooManyRequests('Too many sign-in attempts; wait a minute and try again.'),
            String(res.locals.requestId),
            req.originalUrl,
            negotiateLanguage(req.get('accept-language')),
          ),
      }),
    );
  }
  app.use(API_BASE, mountRoutes(routes, deps));
  app.use(webPortal(API_BASE));
  app.use((req, _res, next) => next(problems.notFound(`route ${req.method} ${req.path}`)));
  app.use(encryptedFieldErrors(deps));
  app.use(problemErrorHandler(deps.logger));
  return app;
}
