import { Router, type Request, type Response } from 'express';
import type { ApiDeps } from '../deps';
import { principalFromRequest } from './authenticate';
import { claimIdempotencyKey, holdClaim, type HeldClaim } from './idempotency';
import { problems } from './problem';
import { toExpressPath, type RouteDefinition, type RouteResult } from './route';
import { parseOrThrow } from './validate';

function send(res: Response, result: RouteResult): void {
  if ('file' in result) {
    res
      .status(result.status)
      .type(result.contentType)
      .setHeader('Content-Disposition', `attachment; filename="${result.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
      .send(Buffer.from(result.file));
    return;
  }
  for (const [k, v] of Object.entries(result.headers ?? {})) res.setHeader(k, v);
  if (result.body === undefined) res.status(result.status).end();
  else res.status(result.status).json(result.body);
}

async function publicPrincipal(req: Request, deps: ApiDeps) {
  try {
    return await principalFromRequest(req, deps);
  } catch {
    return null;
  }
}

/** Mounts declared routes: authenticate → authorise the role → validate → handle. */
export function mountRoutes(routes: readonly RouteDefinition[], deps: ApiDeps): Router {
  const router = Router();
  for (const route of routes) {
    router[route.method](toExpressPath(route.path), async (req, res, next) => {
      try {
        // A public route (sign-in, a magic link, set-password) never fails on a stale token or cookie.
        const principal = route.roles === 'public' ? await publicPrincipal(req, deps) : await principalFromRequest(req, deps);
        if (route.roles !== 'public') {
          if (!principal) throw problems.unauthenticated();
          if (!route.roles.includes(principal.role)) throw problems.forbidden();
        }
        res.locals.principal = principal;
        const params = parseOrThrow(route.request?.params, req.params, 'path');
        const scope = route.authorize && principal ? await route.authorize({ params, principal, deps }) : undefined;
        const query = parseOrThrow(route.request?.query, req.query, 'query');
        const body = parseOrThrow(route.request?.body, req.body, 'body');
        // A change by an account may carry an Idempotency-Key: the same key, the same answer.
        const claim = principal && route.method !== 'get' ? await claimIdempotencyKey(deps, req, principal.userId) : null;
        if (claim?.kind === 'replay') {
          res.setHeader('Idempotent-Replayed', 'true');
          send(res, { status: claim.status, body: claim.body });
          return;
        }
        const held: HeldClaim | null =
          claim?.kind === 'run'
            ? holdClaim(deps, req, principal!.userId, claim.token, {
                onSettleFailure: (what, attempt, err) =>
                  deps.logger.warn(
                    { callerId: principal!.userId, attempt, err: { name: (err as Error)?.name } },
                    `idempotency claim: ${what} failed; retrying`,
                  ),
              })
            : null;
        let result: RouteResult;
        try {
          result = await route.handler({ scope, params, query, body, principal, requestId: String(res.locals.requestId), deps, req, res });
        } catch (err) {
          await held?.release();
          throw err;
        }
        if (held) {
          if ('file' in result || result.headers?.['Set-Cookie']) await held.release();
          else await held.keep(result.status, result.body);
        }
        send(res, result);
      } catch (err) {
        next(err);
      }
    });
  }
  // A known path asked with a method it does not answer: 405 with the methods it does (RFC 9110
  // §15.5.6), not a 404 that says the path does not exist. OPTIONS answers the same list.
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) {
    const methods = methodsByPath.get(route.path) ?? new Set<string>();
    methods.add(route.method.toUpperCase());
    if (route.method === 'get') methods.add('HEAD');
    methodsByPath.set(route.path, methods);
  }
  for (const [path, methods] of methodsByPath) {
    const allowed = [...methods].sort();
    router.all(toExpressPath(path), (req, res, next) => {
      if (req.method === 'OPTIONS') {
        res
          .setHeader('Allow', [...allowed, 'OPTIONS'].join(', '))
          .status(204)
          .end();
        return;
      }
      next(problems.methodNotAllowed(req.method, allowed));
    });
  }
  return router;
}
