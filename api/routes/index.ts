import type { RouteDefinition } from '../http/route';
import { login, me } from './auth';
import {
  getWorkerRoute, myAccessLogRoute, recordConsentRoute, recordDocumentsCheckedRoute, recordWorkAuthorisationRoute, registerWorkerRoute,
} from './workers';

/** Every API route. The OpenAPI document and the role test are built from this list. */
export const allRoutes: RouteDefinition[] = [
  login,
  me,
  registerWorkerRoute,
  getWorkerRoute,
  recordConsentRoute,
  recordWorkAuthorisationRoute,
  recordDocumentsCheckedRoute,
  myAccessLogRoute,
];
