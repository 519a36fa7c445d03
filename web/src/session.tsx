import { createContext, useContext } from 'react';
import type { Schemas } from './api/client';

export type Me = Schemas['Me'];
export interface SessionState {
  me: Me | null;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}
export const SessionContext = createContext<SessionState>({ me: null, refresh: async () => undefined, signOut: async () => undefined });
export const useSession = () => useContext(SessionContext);
/** The signed-in account; the pages under a role's layout are only shown when there is one. */
export const useMe = () => useContext(SessionContext).me!;
