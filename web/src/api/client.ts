import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/** A problem+json answer, as the API sends it (title, detail and messages in the reader's language). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { field: string; code: string; message: string }[];
}

let language = 'fr';
export const setApiLanguage = (lang: string) => {
  language = lang;
};

type Listener = () => void;
const expiredListeners = new Set<Listener>();
/** Called when the API answers 401 to a page's call: the session cookie has expired or is gone. */
export const onSessionExpired = (fn: Listener) => {
  expiredListeners.add(fn);
  return () => expiredListeners.delete(fn);
};

const portal: Middleware = {
  onRequest({ request }) {
    // The session is the HttpOnly cookie; this header proves the change comes from our own page.
    request.headers.set('x-talentcoop-portal', '1');
    request.headers.set('accept-language', language);
    return request;
  },
  async onResponse({ response, request }) {
    const path = new URL(request.url).pathname;
    if (response.status === 401 && !path.startsWith('/api/v1/auth/') && path !== '/api/v1/me') for (const fn of expiredListeners) fn();
    return response;
  },
};

/** The typed API client, generated from the engine's own OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(portal);

/** Turns whatever an API call failed with into a Problem the pages can show. */
export function asProblem(error: unknown, response?: Response): Problem {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return { status: response?.status ?? 0, code: 'network', title: '', detail: '' };
}

/** Unwraps an openapi-fetch answer: the data, or throws its Problem. */
export async function call<T>(promise: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await promise;
  if (!response.ok) throw asProblem(error, response);
  return data as T;
}
